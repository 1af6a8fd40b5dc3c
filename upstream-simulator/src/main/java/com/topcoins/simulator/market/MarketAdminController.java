package com.topcoins.simulator.market;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/tick} moves the market on demand; {@code /admin/market} describes it; {@code /admin/truth} says
 * which CoinMarketCap asset each asset CryptoCompare ranks really is, for measuring a merge's accuracy.
 */
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
                universe.cmcListedCount(),
                universe.ccCount());
    }

    /**
     * Every asset CryptoCompare ranks, in its order by total volume now: its CryptoCompare identity, its
     * CoinMarketCap identity (null when CoinMarketCap does not list it) with its {@code cmc_rank} now and its
     * position in the listing sorted by {@code volume_24h} (the order the ingestion fetches), how
     * many CoinMarketCap assets share its ticker (compared case-insensitively) and the designed trap it
     * stands for, if any.
     */
    @GetMapping("/admin/truth")
    TruthView truth() {
        MarketSnapshot snapshot = market.current();
        AssetUniverse universe = market.universe();
        Map<String, Long> listedPerTicker = Arrays.stream(universe.cmcListed())
                .mapToObj(universe::asset)
                .collect(
                        Collectors.groupingBy(asset -> asset.symbol().toUpperCase(Locale.ROOT), Collectors.counting()));
        List<TruthEntry> ranked = Arrays.stream(snapshot.ccByVolume())
                .mapToObj(universe::asset)
                .map(asset -> new TruthEntry(
                        asset.cc().id(),
                        asset.cc().ticker(),
                        asset.cc().fullName(),
                        asset.onCoinMarketCap() ? asset.cmc().id() : null,
                        asset.onCoinMarketCap() ? asset.symbol() : null,
                        asset.onCoinMarketCap() ? asset.name() : null,
                        asset.onCoinMarketCap() ? snapshot.cmcRank(asset.index()) : null,
                        asset.onCoinMarketCap() ? snapshot.cmcVolumeRank(asset.index()) : null,
                        listedPerTicker
                                .getOrDefault(asset.cc().ticker().toUpperCase(Locale.ROOT), 0L)
                                .intValue(),
                        asset.trap()))
                .toList();
        return new TruthView(universe.seed(), snapshot.tick(), ranked);
    }

    record TickView(long tick) {}

    record TruthView(long seed, long tick, List<TruthEntry> cryptocompare) {}

    record TruthEntry(
            String cryptocompareId,
            String cryptocompareSymbol,
            String cryptocompareName,
            Integer coinmarketcapId,
            String coinmarketcapSymbol,
            String coinmarketcapName,
            Integer cmcRank,
            Integer cmcVolumeRank,
            int listedWithTicker,
            String trap) {}

    record MarketView(
            long seed, long tick, Instant asOf, int assets, int coinmarketcapListed, int cryptocompareRanked) {}
}
