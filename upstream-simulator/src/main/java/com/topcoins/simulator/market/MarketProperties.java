package com.topcoins.simulator.market;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated market.
 *
 * @param assets       how many assets exist across both providers (plus a few inactive CoinMarketCap coins, see
 *                     {@link FamousAssets#inactive()})
 * @param seed         same seed, same market and same evolution
 * @param tickInterval how often the market moves on its own; zero or negative: only on {@code POST /admin/tick}
 */
@ConfigurationProperties("simulator")
public record MarketProperties(
        @DefaultValue("6000") int assets,
        @DefaultValue("42") long seed,
        @DefaultValue("30s") Duration tickInterval) {

    public MarketProperties {
        if (assets < MarketGenerator.MIN_ASSETS) {
            throw new IllegalArgumentException("simulator.assets must be at least " + MarketGenerator.MIN_ASSETS);
        }
    }
}
