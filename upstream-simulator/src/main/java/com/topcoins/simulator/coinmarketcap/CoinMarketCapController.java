package com.topcoins.simulator.coinmarketcap;

import com.topcoins.simulator.upstream.ReplyWriter;
import com.topcoins.simulator.upstream.UpstreamDispatcher;
import com.topcoins.simulator.upstream.UpstreamRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The CoinMarketCap endpoints; bodies are written raw because the wire format is what is being simulated. */
@RestController
class CoinMarketCapController {

    private final CoinMarketCapApi api;
    private final UpstreamDispatcher dispatcher;
    private final ReplyWriter writer;

    CoinMarketCapController(CoinMarketCapApi api, UpstreamDispatcher dispatcher, ReplyWriter writer) {
        this.api = api;
        this.dispatcher = dispatcher;
        this.writer = writer;
    }

    @GetMapping({CoinMarketCapApi.LISTINGS_PATH, CoinMarketCapApi.QUOTES_PATH})
    void latest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(dispatcher.dispatch(api, UpstreamRequest.from(request)), response);
    }
}
