package com.topcoins.common.bulkwrite;

/** At least one chunk of a bulk write was not acknowledged. */
public class BulkWriteFailedException extends RuntimeException {

    public BulkWriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
