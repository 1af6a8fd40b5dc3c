package com.topcoins.simulator.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.simulator.SimulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /admin/stats} counts every request that reached an upstream endpoint. */
class RequestStatsTest extends SimulatorTest {

    @Test
    void countsSuccessfulRejectedAndFaultedRequestsPerApi() {
        cmc("?limit=1");
        get(LISTINGS + "?limit=1"); // no key: 401
        cmc("?limit=1&bogus=1"); // 400
        fault("coinmarketcap", "SERVER_ERROR", Map.of("count", 1));
        cmc("?limit=1"); // faulted
        cc(TOTALVOL, "?tsym=USD");
        cc(TOPTIER, "?tsym=USD");
        cc(TOTALVOL, ""); // missing tsym
        cc("/data/top/nothing", "?tsym=USD"); // not an endpoint: not counted
        send("GET", "/admin/faults", null); // admin: not counted

        JsonNode stats = send("GET", "/admin/stats", null).json();
        assertThat(fieldNames(stats)).containsExactly("coinmarketcap", "cryptocompare");
        assertThat(stats.get("coinmarketcap").get("requests").asLong()).isEqualTo(4);
        assertThat(stats.get("cryptocompare").get("requests").asLong()).isEqualTo(3);

        assertThat(send("DELETE", "/admin/stats", null).status()).isEqualTo(204);
        JsonNode reset = send("GET", "/admin/stats", null).json();
        assertThat(reset.get("coinmarketcap").get("requests").asLong()).isZero();
        assertThat(reset.get("cryptocompare").get("requests").asLong()).isZero();
    }

    @Test
    void countsExactlyUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                calls.add(pool.submit(() -> cmc("?limit=1")));
                calls.add(pool.submit(() -> cc(TOTALVOL, "?tsym=USD")));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode stats = send("GET", "/admin/stats", null).json();
        assertThat(stats.get("coinmarketcap").get("requests").asLong()).isEqualTo(120);
        assertThat(stats.get("cryptocompare").get("requests").asLong()).isEqualTo(120);
    }
}
