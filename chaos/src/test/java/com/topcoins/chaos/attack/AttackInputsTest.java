package com.topcoins.chaos.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the attacks send, checked without sending it. */
class AttackInputsTest {

    @Test
    void windowsNeverRepeatStayValidAndAreHalfCsv() {
        int max = 500;
        Set<String> seen = new HashSet<>();
        int csv = 0;
        for (long n = 0; n < (long) max * max; n++) {
            String window = DistinctWindows.window(n, max);
            assertThat(seen.add(window)).as(window).isTrue();
            String[] parts = window.substring(2).split("&");
            int start = Integer.parseInt(parts[0].substring("start=".length()));
            int limit = Integer.parseInt(parts[1].substring("limit=".length()));
            assertThat(start).isBetween(1, max);
            assertThat(limit).isBetween(1, max);
            csv += window.endsWith("&format=csv") ? 1 : 0;
        }
        assertThat(csv).isEqualTo(max * max / 2);
        assertThat(DistinctWindows.window(0, max)).isEqualTo("/?start=1&limit=1");
        assertThat(DistinctWindows.window(1, max)).isEqualTo("/?start=1&limit=2&format=csv");
    }

    @Test
    void theBadInputsAreTheOnesNamed() {
        List<BadInput> inputs =
                BadInputs.all("127.0.0.1:5201", ZonedDateTime.of(2026, 12, 1, 20, 0, 0, 0, ZoneOffset.UTC));
        assertThat(inputs).hasSize(16);
        assertThat(text(find(inputs, "Accept with 60")))
                .containsPattern("Accept: (application/[a-z0-9-]+, ){59}application/json\r\n");
        assertThat(text(find(inputs, "HTTP/0.9"))).isEqualTo("GET /\r\n");
        assertThat(text(find(inputs, "1100 query")))
                .contains("p1099=1099 HTTP/1.1")
                .doesNotContain("p1100=");
        assertThat(text(find(inputs, "1100 query")).split("&")).hasSize(1100);
        assertThat(text(find(inputs, "If-Modified-Since")))
                .contains("If-Modified-Since: Tue, 1 Dec 2076 20:00:00 GMT\r\n");
        assertThat(find(inputs, "20 KB header").request().length).isGreaterThan(20 * 1024);
        assertThat(text(find(inputs, "unknown method"))).startsWith("FOO / HTTP/1.1\r\n");
        assertThat(text(find(inputs, "TRACE"))).startsWith("TRACE / HTTP/1.1\r\n");
        assertThat(text(find(inputs, "Arabic"))).startsWith("GET /?limit=%D9%A5 HTTP/1.1\r\n");
        BadInput evil = find(inputs, "evil.example");
        assertThat(text(evil)).startsWith("GET /v3/api-docs HTTP/1.1\r\nHost: evil.example\r\n");
        assertThat(evil.marker()).isEqualTo("evil.example");
        assertThat(inputs)
                .filteredOn(i -> !i.name().startsWith("HTTP/0.9"))
                .allMatch(i -> text(i).endsWith("Connection: close\r\n\r\n"));
    }

    @Test
    void thePacerLimitsTheRateAndTheBurst() {
        Pacer pacer = new Pacer(500, 25, 0);
        int taken = 0;
        while (pacer.take(0)) {
            taken++;
        }
        assertThat(taken).isEqualTo(25);
        long second = 1_000_000_000L;
        int inASecond = 0;
        for (long t = 0; t <= second; t += 1_000_000) {
            while (pacer.take(t)) {
                inASecond++;
            }
        }
        assertThat(inASecond).isBetween(499, 501);
    }

    private static BadInput find(List<BadInput> inputs, String name) {
        return inputs.stream().filter(i -> i.name().contains(name)).findFirst().orElseThrow();
    }

    private static String text(BadInput input) {
        return new String(input.request(), StandardCharsets.ISO_8859_1);
    }
}
