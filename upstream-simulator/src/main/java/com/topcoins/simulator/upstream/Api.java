package com.topcoins.simulator.upstream;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two simulated providers, named as in the admin API ({@code "coinmarketcap"}, {@code "cryptocompare"}). */
public enum Api {
    COINMARKETCAP("coinmarketcap"),
    CRYPTOCOMPARE("cryptocompare");

    private final String id;

    Api(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Api> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(api -> api.id.equals(wanted)).findFirst();
    }
}
