package com.topcoins.chaos.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void takesTheOldGenerationOfASerialHeap() {
        String info = """
                9240:
                 def new generation   total 29504K, used 145K [0x00000000fa000000, 0x00000000fc000000, 0x00000000fc000000)
                  eden space 26240K,   0% used [0x00000000fa000000, 0x00000000fa024548, 0x00000000fb9a0000)
                  from space 3264K,   0% used [0x00000000fbcd0000, 0x00000000fbcd0000, 0x00000000fc000000)
                  to   space 3264K,   0% used [0x00000000fb9a0000, 0x00000000fb9a0000, 0x00000000fbcd0000)
                 tenured generation   total 65536K, used 41962K [0x00000000fc000000, 0x0000000100000000, 0x0000000100000000)
                   the space 65536K,  64% used [0x00000000fc000000, 0x00000000fe8fa818, 0x00000000fe8faa00, 0x0000000100000000)
                 Metaspace       used 68301K, committed 68992K, reserved 1114112K
                  class space    used 9509K, committed 9856K, reserved 1048576K
                """;
        // The young generation refills with the attack's garbage right after the collection.
        assertThat(HeapProbe.usedKib(info)).hasValue(41962);
    }

    @Test
    void readsTheOneTotalOfAG1Heap() {
        String info = """
                123:
                 garbage-first heap   total 262144K, used 31337K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 5 young (5120K), 1 survivors (1024K)
                 Metaspace       used 60000K, committed 61000K, reserved 1114112K
                """;
        assertThat(HeapProbe.usedKib(info)).hasValue(31337);
    }

    @Test
    void aFailedJcmdHasNoFigure() {
        assertThat(HeapProbe.usedKib(
                        "123:\ncom.sun.tools.attach.AttachNotSupportedException: Unable to open socket file"))
                .isEmpty();
    }
}
