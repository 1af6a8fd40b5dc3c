package com.topcoins.frontapi;

import com.topcoins.testsupport.SharedTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The service boots and reports healthy MongoDB and Redis over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
@ContextConfiguration(initializers = SharedTestInfrastructure.class)
class FrontApiApplicationTest {

    @LocalServerPort
    private int port;

    @Test
    void bootsAndReportsItsDependenciesHealthy() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class);
        JsonNode health = JsonMapper.builder().build().readTree(body);

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("UP");
    }
}
