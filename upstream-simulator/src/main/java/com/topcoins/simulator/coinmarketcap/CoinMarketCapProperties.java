package com.topcoins.simulator.coinmarketcap;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param apiKeys keys accepted in {@code X-CMC_PRO_API_KEY} or {@code CMC_PRO_API_KEY} */
@ConfigurationProperties("simulator.coinmarketcap")
public record CoinMarketCapProperties(
        @DefaultValue("simulator-cmc-key") List<String> apiKeys) {}
