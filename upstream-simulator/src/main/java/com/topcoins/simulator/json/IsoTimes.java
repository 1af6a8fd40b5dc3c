package com.topcoins.simulator.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** CoinMarketCap's timestamp format: ISO-8601 UTC, always with milliseconds and {@code Z}. */
public final class IsoTimes {

    // Instant.toString() drops ".000", which the real API never does.
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoTimes() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
