package com.topcoins.simulator.stats;

import com.topcoins.simulator.upstream.Api;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /admin/stats}: how many requests each simulated API received, and the credits CoinMarketCap charged;
 * {@code DELETE} resets both (and with them the credit caps, see {@code CoinMarketCapProperties}).
 */
@RestController
@RequestMapping("/admin/stats")
class StatsController {

    private final RequestStats stats;

    StatsController(RequestStats stats) {
        this.stats = stats;
    }

    @GetMapping
    Stats get() {
        return new Stats(
                new CmcStats(stats.requests(Api.COINMARKETCAP), stats.credits(Api.COINMARKETCAP)),
                new ApiStats(stats.requests(Api.CRYPTOCOMPARE)));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        stats.reset();
    }

    record Stats(CmcStats coinmarketcap, ApiStats cryptocompare) {}

    /** @param credits sum of {@code status.credit_count} of the successful answers (errors cost 0) */
    record CmcStats(long requests, long credits) {}

    record ApiStats(long requests) {}
}
