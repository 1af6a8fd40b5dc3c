package com.topcoins.simulator.cryptocompare;

import com.topcoins.simulator.upstream.ReplyWriter;
import com.topcoins.simulator.upstream.UpstreamDispatcher;
import com.topcoins.simulator.upstream.UpstreamRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** CryptoCompare's toplists; anything else under {@code /data} gets the real "Path does not exist" body. */
@RestController
class CryptoCompareController {

    private final CryptoCompareApi api;
    private final UpstreamDispatcher dispatcher;
    private final ReplyWriter writer;
    private final CcEnvelope envelope;

    CryptoCompareController(
            CryptoCompareApi api, UpstreamDispatcher dispatcher, ReplyWriter writer, CcEnvelope envelope) {
        this.api = api;
        this.dispatcher = dispatcher;
        this.writer = writer;
        this.envelope = envelope;
    }

    @GetMapping({CryptoCompareApi.TOTAL_VOLUME_PATH, CryptoCompareApi.TOP_TIER_VOLUME_PATH})
    void toplist(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(dispatcher.dispatch(api, UpstreamRequest.from(request)), response);
    }

    /** Not an endpoint, so not counted in the stats and not subject to faults. */
    @RequestMapping("/data/**")
    void unknownPath(HttpServletResponse response) throws IOException {
        writer.write(envelope.pathDoesNotExist(), response);
    }
}
