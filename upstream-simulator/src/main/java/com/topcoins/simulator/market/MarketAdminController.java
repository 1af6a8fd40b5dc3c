package com.topcoins.simulator.market;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /admin/tick} moves the market on demand; {@code /admin/market} describes it. */
@RestController
class MarketAdminController {

    private static final int MAX_STEPS = 10_000;

    private final Market market;

    MarketAdminController(Market market) {
        this.market = market;
    }

    @PostMapping("/admin/tick")
    TickView tick(@RequestParam(defaultValue = "1") int steps) {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "steps must be between 1 and " + MAX_STEPS);
        }
        return new TickView(market.tick(steps));
    }

    @GetMapping("/admin/market")
    MarketView describe() {
        MarketSnapshot snapshot = market.current();
        AssetUniverse universe = market.universe();
        return new MarketView(
                universe.seed(),
                snapshot.tick(),
                snapshot.asOf(),
                universe.size(),
                universe.cmcCount(),
                universe.ccCount());
    }

    record TickView(long tick) {}

    record MarketView(
            long seed, long tick, Instant asOf, int assets, int coinmarketcapListed, int cryptocompareRanked) {}
}
