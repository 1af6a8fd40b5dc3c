package com.topcoins.chaos.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessProbeTest {

    private static final String STATUS = """
            Name:\tjava
            State:\tS (sleeping)
            VmPeak:\t 3000000 kB
            VmRSS:\t  241234 kB
            Threads:\t42
            """;

    @Test
    void readsVmRssAndTheState() {
        assertThat(ProcessProbe.vmRssKib(STATUS)).hasValue(241234);
        assertThat(ProcessProbe.zombie(STATUS)).isFalse();
        assertThat(ProcessProbe.zombie("Name:\tjava\nState:\tZ (zombie)\n")).isTrue();
        // A zombie has no VmRSS line any more.
        assertThat(ProcessProbe.vmRssKib("Name:\tjava\nState:\tZ (zombie)\n")).isEmpty();
    }

    @Test
    void thisProcessIsAliveAndAnImpossiblePidIsNot() {
        ProcessProbe self = new ProcessProbe(ProcessHandle.current().pid());
        assertThat(self.alive()).isTrue();
        assertThat(self.rssKib()).isPresent();
        ProcessProbe none = new ProcessProbe(Long.MAX_VALUE);
        assertThat(none.alive()).isFalse();
        assertThat(none.rssKib()).isEmpty();
    }
}
