package com.topcoins.chaos.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void windowsNeverRepeatAndStayInsideTheDepthAboveTheAttacksWindows() {
        Windows windows = new Windows(500);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String path = windows.next();
            assertThat(seen.add(path)).as(path).isTrue();
            int start = Prober.start(path);
            int limit = Prober.limit(path);
            assertThat(start).isBetween(101, 500);
            assertThat(limit).isPositive();
            assertThat(start + limit - 1).isLessThanOrEqualTo(500);
        }
    }
}
