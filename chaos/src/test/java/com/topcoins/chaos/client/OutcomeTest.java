package com.topcoins.chaos.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void classifiesFailuresByWhenAndHowTheyHappened() {
        assertThat(Outcome.of(new ConnectException("Connection refused"), false))
                .isEqualTo(Outcome.REFUSED);
        assertThat(Outcome.of(new SocketTimeoutException("Connect timed out"), false))
                .isEqualTo(Outcome.CONNECT_TIMEOUT);
        assertThat(Outcome.of(new BindException("Cannot assign requested address"), false))
                .isEqualTo(Outcome.CONNECT_FAILED);
        assertThat(Outcome.of(new SocketTimeoutException("Read timed out"), true))
                .isEqualTo(Outcome.TIMEOUT);
        assertThat(Outcome.of(new SocketException("Connection reset"), true)).isEqualTo(Outcome.RESET);
        assertThat(Outcome.of(new SocketException("Broken pipe"), true)).isEqualTo(Outcome.RESET);
        assertThat(Outcome.of(new EOFException(), true)).isEqualTo(Outcome.CLOSED);
        assertThat(Outcome.of(new NoAnswerException(), true)).isEqualTo(Outcome.CLOSED);
        assertThat(Outcome.of(new IOException("odd"), true)).isEqualTo(Outcome.IO_ERROR);
    }
}
