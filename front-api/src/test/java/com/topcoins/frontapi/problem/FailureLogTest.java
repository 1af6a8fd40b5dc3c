package com.topcoins.frontapi.problem;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A failure repeated per request is counted every time and logged once per interval, on one line. */
class FailureLogTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FailureLog failures = new FailureLog(meters);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FailureLog.class);

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void aThousandUnexpectedErrorsAreOneLineWithoutStackTraceAndAThousandInTheCounter() {
        for (int i = 0; i < 1_000; i++) {
            failures.unexpected(new IllegalStateException("boom " + i + "\nsecond line"), "GET", "/?limit=" + i);
        }

        assertThat(lines.list).hasSize(1);
        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getThrowableProxy()).as("no stack trace").isNull();
        assertThat(line.getFormattedMessage()).contains("IllegalStateException", "GET /?limit=0", "boom 0");
        assertThat(meters.get(FailureLog.METER)
                        .tag("kind", "unexpected")
                        .tag("exception", "IllegalStateException")
                        .counter()
                        .count())
                .isEqualTo(1_000);
    }

    @Test
    void eachKindHasItsOwnAllowanceAndUserInputIsAbbreviated() {
        failures.unexpected(new RuntimeException("x".repeat(10_000)), "GET", "/" + "y".repeat(10_000));
        failures.databaseUnavailable(new RuntimeException("timed out"));
        failures.databaseUnavailable(new RuntimeException("timed out"));

        assertThat(lines.list).hasSize(2);
        assertThat(lines.list.get(0).getFormattedMessage()).hasSizeLessThan(600);
        assertThat(meters.get(FailureLog.METER)
                        .tag("kind", "database-unavailable")
                        .counter()
                        .count())
                .isEqualTo(2);
    }
}
