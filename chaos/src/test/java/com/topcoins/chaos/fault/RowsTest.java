package com.topcoins.chaos.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void countsRowsAndRanksOutsideTheWindow() {
        String page = "{\"rankingAsOf\":\"2026-12-01T10:00:00Z\",\"pricesAsOf\":null,\"count\":3,\"data\":["
                + "{\"rank\":101,\"symbol\":\"A\"},{\"rank\":102,\"symbol\":\"B\"},{\"rank\": 150,\"symbol\":\"C\"}]}";
        assertThat(Rows.of(page, 101, 3)).isEqualTo(new Rows(3, 3, 1));
        assertThat(Rows.of("{\"count\":0,\"data\":[]}", 1, 200)).isEqualTo(new Rows(0, 0, 0));
        assertThat(Rows.of("not json", 1, 10)).isEqualTo(new Rows(-1, 0, 0));
    }

    @Test
    void aWindowsStartAndLimitComeFromItsPath() {
        assertThat(Prober.start("/?start=101&limit=100")).isEqualTo(101);
        assertThat(Prober.limit("/?start=101&limit=100")).isEqualTo(100);
        assertThat(Prober.start("/?limit=200")).isEqualTo(1);
        assertThat(Prober.limit("/actuator/health/readiness")).isZero();
        assertThat(Prober.start("/actuator/health/readiness")).isZero();
    }
}
