package com.topcoins.ingest.coinmarketcap;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.testsupport.UpstreamSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The simulator test-support starts in-process shares this module's test classpath, MongoDB and Redis included.
 * It must stay healthy there, i.e. without data-store clients of its own (test-support keeps their
 * auto-configuration out of it; with it, their health checks fail against localhost's default ports).
 */
class InProcessSimulatorTest {

    @Test
    void isHealthyWithTheDataStoresOnTheClasspath() {
        ResponseEntity<String> health = RestClient.create(UpstreamSimulator.baseUrl())
                .get()
                .uri("/actuator/health")
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
        assertThat(health.getStatusCode().value()).as(health.getBody()).isEqualTo(200);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }
}
