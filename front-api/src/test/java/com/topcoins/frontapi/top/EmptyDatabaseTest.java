package com.topcoins.frontapi.top;

import static org.assertj.core.api.Assertions.assertThat;

import com.topcoins.frontapi.ApiClient;
import com.topcoins.frontapi.FrontApiTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Before both sources have a complete snapshot, the API says so: 503 with Retry-After. */
@FrontApiTest
@TestPropertySource(properties = "spring.mongodb.database=never_ingested")
class EmptyDatabaseTest {

    @LocalServerPort
    private int port;

    @Test
    void answers503WithRetryAfterUntilDataExists() {
        for (String path : new String[] {
            "/", "/?format=csv", "/api/v1/top?limit=5", "/api/v1/assets/BTC", "/api/v1/assets/BTC/history"
        }) {
            assert503(new ApiClient(port).get(path), "application/problem+json");
        }
    }

    @Test
    void aBrowserGetsThe503AsAPageWithItsRetryAfter() {
        HttpResponse<String> response = new ApiClient(port).get("/", "Accept", "text/html");

        assert503(response, "text/html");
        assertThat(response.body()).contains("Error 503", "Data unavailable", "try again in");
    }

    private static void assert503(HttpResponse<String> response, String contentType) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
    }
}
