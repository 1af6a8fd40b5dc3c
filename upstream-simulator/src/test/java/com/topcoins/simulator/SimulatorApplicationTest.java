package com.topcoins.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.coinmarketcap.CoinMarketCapProperties;
import com.topcoins.simulator.cryptocompare.CryptoCompareProperties;
import com.topcoins.simulator.market.MarketProperties;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** Startup through {@link SimulatorApplication#start}, its configuration file, health and the tick endpoint. */
class SimulatorApplicationTest extends SimulatorTest {

    @Test
    void readsSimulatorYml() {
        Environment environment = SimulatorServer.context().getEnvironment();
        assertThat(environment.getProperty("spring.application.name")).isEqualTo("upstream-simulator");
        assertThat(SimulatorServer.bean(MarketProperties.class).assets()).isEqualTo(6000);
        assertThat(SimulatorServer.bean(MarketProperties.class).seed()).isEqualTo(42);
        assertThat(SimulatorServer.bean(CoinMarketCapProperties.class).apiKeys())
                .containsExactly(CMC_KEY);
        assertThat(SimulatorServer.bean(CryptoCompareProperties.class).apiKeys())
                .containsExactly(CC_KEY);
        assertThat(SimulatorServer.bean(CryptoCompareProperties.class).requireKey())
                .isTrue();
    }

    @Test
    void healthIsUp() {
        Reply health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void tickingMovesPricesAndTheVolumeRanking() {
        JsonNode before = send("GET", "/admin/market", null).json();
        BigDecimal priceBefore = btcPrice();
        List<String> rankingBefore = ranking();
        long tick = tick(3);
        assertThat(tick).isEqualTo(before.get("tick").asLong() + 3);
        assertThat(send("GET", "/admin/market", null).json().get("tick").asLong())
                .isEqualTo(tick);
        assertThat(btcPrice()).isNotEqualByComparingTo(priceBefore);
        assertThat(ranking()).isNotEqualTo(rankingBefore);
        assertThat(send("POST", "/admin/tick?steps=0", null).status()).isEqualTo(400);
    }

    private static BigDecimal btcPrice() {
        return cmcJson("?limit=1")
                .get("data")
                .get(0)
                .get("quote")
                .get("USD")
                .get("price")
                .decimalValue();
    }

    private static List<String> ranking() {
        return list(ccJson(TOTALVOL, "?tsym=USD&limit=100").get("Data")).stream()
                .map(entry -> entry.get("CoinInfo").get("Id").asString())
                .toList();
    }
}
