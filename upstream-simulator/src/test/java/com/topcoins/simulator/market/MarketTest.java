package com.topcoins.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

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
        market = Market.create(42, 6000);
    }

    @Test
    void sameSeedGivesTheSameMarketAndTheSameEvolution() {
        Market twin = Market.create(42, 6000);
        assertThat(twin.universe().assets()).isEqualTo(market.universe().assets());
        assertThat(twin.current().sameMarketAs(market.current())).isTrue();

        Market stepwise = Market.create(42, 6000);
        Market atOnce = Market.create(42, 6000);
        for (int i = 0; i < 5; i++) {
            stepwise.tick(1);
        }
        assertThat(atOnce.tick(5)).isEqualTo(5);
        assertThat(stepwise.current().sameMarketAs(atOnce.current())).isTrue();
        assertThat(stepwise.current().ccByVolume()).isEqualTo(atOnce.current().ccByVolume());
    }

    @Test
    void otherSeedGivesAnotherMarket() {
        Market other = Market.create(43, 6000);
        assertThat(other.universe().assets()).isNotEqualTo(market.universe().assets());
    }

    @Test
    void ticksMovePricesAndReshuffleTheVolumeRanking() {
        Market moving = Market.create(42, 6000);
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
        Map<String, Long> bySymbol = cmcAssets().stream()
                .collect(Collectors.groupingBy(Asset::symbol, Collectors.counting()));
        long shared = bySymbol.values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum();
        assertThat(shared).isGreaterThanOrEqualTo(market.universe().cmcCount() / 100);
        assertThat(bySymbol.values()).allMatch(n -> n <= 3);
    }

    @Test
    void providersOverlapOnlyPartly() {
        List<Asset> assets = market.universe().assets();
        assertThat(assets).hasSizeGreaterThanOrEqualTo(6000);
        assertThat(assets).anyMatch(a -> a.onCryptoCompare() && !a.onCoinMarketCap());
        assertThat(assets).anyMatch(a -> a.onCoinMarketCap() && !a.onCryptoCompare());
        assertThat(assets).allMatch(a -> a.onCoinMarketCap() || a.onCryptoCompare());
        assertThat(market.universe().ccCount()).isGreaterThan(assets.size() * 8 / 10);
        Set<String> ccIds = assets.stream().filter(Asset::onCryptoCompare).map(a -> a.cc().id()).collect(Collectors.toSet());
        assertThat(ccIds).hasSize(market.universe().ccCount());
        Set<Integer> cmcIds = cmcAssets().stream().map(a -> a.cmc().id()).collect(Collectors.toSet());
        assertThat(cmcIds).hasSize(market.universe().cmcCount());
    }

    /** The placements the generator documents, checked on several seeds and after many ticks. */
    @Test
    void odditiesStayAtTheirDocumentedPlacesWhateverTheSeedAndTick() {
        for (long seed : new long[] {42, 1, 2024}) {
            Market sample = Market.create(seed, 6000);
            checkPlacements(sample.current());
            sample.tick(500);
            checkPlacements(sample.current());
        }
    }

    private static void checkPlacements(MarketSnapshot s) {
        List<Asset> top100 = ranked(s, 100);
        List<Asset> top200 = ranked(s, 200);
        Map<String, List<Asset>> cmcBySymbol = s.universe().assets().stream().filter(Asset::onCoinMarketCap)
                .collect(Collectors.groupingBy(a -> a.symbol().toUpperCase(Locale.ROOT)));
        // A duplicate-symbol group in the top 100, whose CryptoCompare name matches exactly one member.
        assertThat(top100).anyMatch(a -> {
            List<Asset> group = cmcBySymbol.getOrDefault(a.cc().ticker(), List.of());
            return group.size() > 1 && group.stream().filter(m -> m.name().equals(a.cc().fullName())).count() == 1;
        });
        assertThat(top100).anyMatch(a -> !a.onCoinMarketCap());
        assertThat(top100).anyMatch(a -> a.onCoinMarketCap() && a.supply().circulating().signum() == 0);
        assertThat(top100).anyMatch(a -> a.onCoinMarketCap() && Double.isNaN(s.change7d(a.index())));
        assertThat(top200).anyMatch(a -> !a.cc().hasRaw());
        assertThat(top200).anyMatch(a -> a.onCoinMarketCap() && !a.symbol().equals(a.cc().ticker()));
        int btc = s.universe().bitcoin();
        assertThat(s.price(btc)).isGreaterThan(80_000);
        assertThat(IntStream.range(0, s.universe().size()).filter(i -> s.price(i) < 1e-6).count()).isGreaterThan(5);
    }

    private static List<Asset> ranked(MarketSnapshot s, int n) {
        return Arrays.stream(s.ccByVolume()).limit(n).mapToObj(s::asset).toList();
    }

    private static List<Asset> cmcAssets() {
        return market.universe().assets().stream().filter(Asset::onCoinMarketCap).toList();
    }
}
