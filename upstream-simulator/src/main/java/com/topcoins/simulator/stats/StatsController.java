package com.topcoins.simulator.stats;

import com.topcoins.simulator.upstream.Api;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /admin/stats}: how many requests each simulated API received. */
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
                new ApiStats(stats.requests(Api.COINMARKETCAP)), new ApiStats(stats.requests(Api.CRYPTOCOMPARE)));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        stats.reset();
    }

    record Stats(ApiStats coinmarketcap, ApiStats cryptocompare) {}

    record ApiStats(long requests) {}
}
