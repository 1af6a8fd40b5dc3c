package com.topcoins.chaos.client;

import java.io.EOFException;

/** The server closed the connection before sending a single byte, as opposed to in the middle of an answer. */
public final class NoAnswerException extends EOFException {

    public NoAnswerException() {
        super("closed before any byte of an answer");
    }
}
