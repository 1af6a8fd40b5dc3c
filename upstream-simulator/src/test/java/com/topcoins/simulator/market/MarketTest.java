package com.topcoins.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The market itself, without HTTP: determinism, evolution and the oddities every market must carry. */
class MarketTest {

    private static Market market;

    @BeforeAll
    static void createMarket() {
        market = market(42);
    }

    @Test
    void sameSeedGivesTheSameMarketAndTheSameEvolution() {
        Market twin = market(42);
        assertThat(assets(twin)).isEqualTo(assets(market));
        assertThat(sameMarket(twin.current(), market.current())).isTrue();

        Market stepwise = market(42);
        Market atOnce = market(42);
        for (int i = 0; i < 5; i++) {
            stepwise.tick(1);
        }
        assertThat(atOnce.tick(5)).isEqualTo(5);
        assertThat(sameMarket(stepwise.current(), atOnce.current())).isTrue();
        assertThat(stepwise.current().ccByVolume()).isEqualTo(atOnce.current().ccByVolume());
    }

    @Test
    void otherSeedGivesAnotherMarket() {
        Market other = market(43);
        assertThat(assets(other)).isNotEqualTo(assets(market));
    }

    @Test
    void ticksMovePricesAndReshuffleTheVolumeRanking() {
        Market moving = market(42);
        MarketSnapshot before = moving.current();
        moving.tick(3);
        MarketSnapshot after = moving.current();
        int btc = moving.universe().bitcoin();
        assertThat(after.price(btc)).isNotEqualTo(before.price(btc));
        assertThat(Arrays.copyOf(after.ccByVolume(), 100)).isNotEqualTo(Arrays.copyOf(before.ccByVolume(), 100));
        assertThat(Arrays.copyOf(after.ccByTopTierVolume(), 100))
                .isNotEqualTo(Arrays.copyOf(before.ccByTopTierVolume(), 100));
    }

    @Test
    void atLeastOnePercentOfCoinMarketCapAssetsShareASymbol() {
        Map<String, Long> bySymbol =
                cmcAssets().stream().collect(Collectors.groupingBy(Asset::symbol, Collectors.counting()));
        long shared = bySymbol.values().stream()
                .filter(n -> n > 1)
                .mapToLong(Long::longValue)
                .sum();
        assertThat(shared).isGreaterThanOrEqualTo(market.universe().cmcCount() / 100);
        assertThat(bySymbol.values()).allMatch(n -> n <= 3);
    }

    @Test
    void providersOverlapOnlyPartly() {
        List<Asset> assets = assets(market);
        assertThat(assets).hasSizeGreaterThanOrEqualTo(6000);
        assertThat(assets).anyMatch(a -> a.onCryptoCompare() && !a.onCoinMarketCap());
        assertThat(assets).anyMatch(a -> a.onCoinMarketCap() && !a.onCryptoCompare());
        assertThat(assets).allMatch(a -> a.onCoinMarketCap() || a.onCryptoCompare());
        assertThat(market.universe().ccCount()).isGreaterThan(assets.size() * 8 / 10);
        Set<String> ccIds = assets.stream()
                .filter(Asset::onCryptoCompare)
                .map(a -> a.cc().id())
                .collect(Collectors.toSet());
        assertThat(ccIds).hasSize(market.universe().ccCount());
        Set<Integer> cmcIds = cmcAssets().stream().map(a -> a.cmc().id()).collect(Collectors.toSet());
        assertThat(cmcIds).hasSize(market.universe().cmcCount());
    }

    /** The placements the generator documents, checked on several seeds and after many ticks. */
    @Test
    void odditiesStayAtTheirDocumentedPlacesWhateverTheSeedAndTick() {
        for (long seed : new long[] {42, 1, 2024}) {
            Market sample = market(seed);
            checkPlacements(sample.current());
            sample.tick(500);
            checkPlacements(sample.current());
        }
    }

    private static void checkPlacements(MarketSnapshot s) {
        List<Asset> top100 = ranked(s, 100);
        List<Asset> top200 = ranked(s, 200);
        Map<String, List<Asset>> cmcBySymbol = assets(s.universe()).stream()
                .filter(Asset::onCoinMarketCap)
                .collect(Collectors.groupingBy(a -> a.symbol().toUpperCase(Locale.ROOT)));
        // A duplicate-symbol group in the top 100, whose CryptoCompare name matches exactly one member.
        assertThat(top100).anyMatch(a -> {
            List<Asset> group = cmcBySymbol.getOrDefault(a.cc().ticker(), List.of());
            return group.size() > 1
                    && group.stream()
                                    .filter(m -> m.name().equals(a.cc().fullName()))
                                    .count()
                            == 1;
        });
        assertThat(top100).anyMatch(a -> !a.onCoinMarketCap());
        assertThat(top100)
                .anyMatch(a -> a.onCoinMarketCap() && a.supply().circulating().signum() == 0);
        assertThat(top100).anyMatch(a -> a.onCoinMarketCap() && Double.isNaN(s.change7d(a.index())));
        assertThat(top200).anyMatch(a -> !a.cc().hasRaw());
        assertThat(top200).anyMatch(a -> a.onCoinMarketCap() && !a.symbol().equals(a.cc().ticker()));
        int btc = s.universe().bitcoin();
        assertThat(s.price(btc)).isGreaterThan(80_000);
        assertThat(IntStream.range(0, s.universe().size())
                        .filter(i -> s.price(i) < 1e-6)
                        .count())
                .isGreaterThan(5);
    }

    private static Market market(long seed) {
        return new Market(new MarketProperties(6000, seed, Duration.ZERO));
    }

    private static List<Asset> assets(Market market) {
        return assets(market.universe());
    }

    private static List<Asset> assets(AssetUniverse universe) {
        return IntStream.range(0, universe.size()).mapToObj(universe::asset).toList();
    }

    /** Same market data (the wall-clock {@code asOf} aside). */
    private static boolean sameMarket(MarketSnapshot a, MarketSnapshot b) {
        return a.tick() == b.tick()
                && IntStream.range(0, a.universe().size())
                        .allMatch(i -> a.price(i) == b.price(i)
                                && a.volume(i) == b.volume(i)
                                && a.topTierVolume(i) == b.topTierVolume(i)
                                && Double.compare(a.change24h(i), b.change24h(i)) == 0);
    }

    private static List<Asset> ranked(MarketSnapshot s, int n) {
        return Arrays.stream(s.ccByVolume()).limit(n).mapToObj(s::asset).toList();
    }

    private static List<Asset> cmcAssets() {
        return assets(market).stream().filter(Asset::onCoinMarketCap).toList();
    }
}
