package com.topcoins.chaos.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LogCounterTest {

    private static void feed(LogCounter counter, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        counter.feed(bytes, bytes.length);
    }

    @Test
    void countsWholeLinesAcrossChunks() {
        LogCounter counter = new LogCounter();
        feed(counter, "first line\nException in thread \"http-nio\" java.lang.OutOfMem");
        assertThat(counter.lines()).isEqualTo(1);
        assertThat(counter.oomLines()).isZero();
        feed(counter, "oryError: Java heap space\n\tat Foo\n");
        assertThat(counter.lines()).isEqualTo(3);
        assertThat(counter.oomLines()).isEqualTo(1);
        feed(counter, "unterminated");
        assertThat(counter.lines()).isEqualTo(3);
        feed(
                counter,
                " line\n2026-12-01 INFO o.s.boot.tomcat.GracefulShutdown : Commencing graceful shutdown. Waiting\n");
        assertThat(counter.lines()).isEqualTo(5);
        assertThat(counter.shutdownLines()).isEqualTo(1);
    }

    @Test
    void aWatchCountsOnlyWhatWasAppendedAfterItStarted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path log = dir.resolve("front-api.log");
        Files.writeString(log, "old 1\nold 2\n");
        LogWatch watch = new LogWatch(log);
        Files.writeString(log, "new OutOfMemoryError\nnew 2\n", java.nio.file.StandardOpenOption.APPEND);
        watch.poll();
        assertThat(watch.lines()).isEqualTo(2);
        assertThat(watch.oomLines()).isEqualTo(1);
        watch.poll();
        assertThat(watch.lines()).isEqualTo(2);
    }
}
