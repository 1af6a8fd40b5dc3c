package com.topcoins.chaos.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Locale;

/** How one normal-client request ended; everything but {@link #OK} is an error. */
public enum Outcome {
    OK("ok"),
    STATUS("status"),
    REFUSED("connect refused"),
    CONNECT_FAILED("connect failed"),
    CONNECT_TIMEOUT("connect timeout"),
    TIMEOUT("timeout"),
    RESET("reset"),
    CLOSED("closed early"),
    OVERLOADED("client pool full"),
    IO_ERROR("i/o error");

    public final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** @param connected whether the TCP connect had succeeded when {@code e} was thrown */
    public static Outcome of(IOException e, boolean connected) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (!connected) {
            if (e instanceof SocketTimeoutException) {
                return CONNECT_TIMEOUT;
            }
            if (e instanceof ConnectException && message.contains("refused")) {
                return REFUSED;
            }
            if (e instanceof ConnectException || e instanceof BindException || e instanceof NoRouteToHostException) {
                return CONNECT_FAILED;
            }
        }
        if (e instanceof SocketTimeoutException) {
            return TIMEOUT;
        }
        if (e instanceof EOFException) {
            return CLOSED;
        }
        if (e instanceof SocketException
                && (message.contains("reset")
                        || message.contains("broken pipe")
                        || message.contains("connection abort"))) {
            return RESET;
        }
        return connected ? IO_ERROR : CONNECT_FAILED;
    }
}
