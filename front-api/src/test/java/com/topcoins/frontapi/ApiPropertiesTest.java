package com.topcoins.frontapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.common.snapshot.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The sources' roles in an answer come from configuration, by source id. */
class ApiPropertiesTest {

    @Test
    void theRankingComesFromCryptoCompareAndThePricesFromCoinMarketCapByDefault() {
        ApiProperties.Sources sources = bind(Map.of()).sources();

        assertThat(sources.ranking()).isEqualTo(Source.CRYPTOCOMPARE);
        assertThat(sources.prices()).isEqualTo(Source.COINMARKETCAP);
    }

    @Test
    void rolesAreConfiguredBySourceId() {
        ApiProperties.Sources sources = bind(Map.of(
                        "topcoins.api.sources.ranking", "coinmarketcap",
                        "topcoins.api.sources.prices", "cryptocompare"))
                .sources();

        assertThat(sources.ranking()).isEqualTo(Source.COINMARKETCAP);
        assertThat(sources.prices()).isEqualTo(Source.CRYPTOCOMPARE);
    }

    private static ApiProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("topcoins.api", ApiProperties.class);
    }
}
