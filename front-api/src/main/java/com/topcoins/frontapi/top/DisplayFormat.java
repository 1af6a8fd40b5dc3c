package com.topcoins.frontapi.top;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the HTML page writes amounts and times for people; the data formats keep plain decimals. Public,
 * with instance methods, for the template's expressions ({@code ${fmt.price(row.priceUsd)}}).
 */
public final class DisplayFormat {

    static final DisplayFormat INSTANCE = new DisplayFormat();

    /** A missing amount or time. */
    static final String NONE = "–";

    private static final String[] UNITS = {"K", "M", "B", "T"};
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
                    "d MMM uuuu, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private DisplayFormat() {}

    /**
     * A price: from $1 five significant digits but at least two decimals ({@code $96,276.31},
     * {@code $1.0002}, {@code $21.50}), below $1 four significant digits ({@code $0.00001232}); zeros
     * beyond the second decimal dropped ({@code $0.50}, {@code $0.0025}).
     */
    public String price(BigDecimal usd) {
        if (usd == null) {
            return NONE;
        }
        BigDecimal rounded;
        if (usd.abs().compareTo(BigDecimal.ONE) >= 0) {
            int integerDigits = usd.precision() - usd.scale();
            rounded = usd.setScale(Math.max(2, 5 - integerDigits), RoundingMode.HALF_UP);
        } else {
            rounded = usd.round(new MathContext(4, RoundingMode.HALF_UP));
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        return dollars(stripped.scale() < 2 ? stripped.setScale(2) : stripped);
    }

    /**
     * A large amount in three significant digits with a unit: {@code $1.92 T}, {@code $45.3 B},
     * {@code $812 M}, {@code $5.00 K}; below a thousand in whole dollars ({@code $812}).
     */
    public String compact(BigDecimal usd) {
        if (usd == null) {
            return NONE;
        }
        BigDecimal whole = usd.setScale(0, RoundingMode.HALF_UP);
        if (whole.abs().compareTo(THOUSAND) < 0) {
            return dollars(whole);
        }
        BigDecimal scaled = usd;
        int unit = -1;
        // Into the largest unit that keeps at least 1, re-checked after rounding (999.6 M is 1.00 B).
        while (unit < UNITS.length - 1
                && scaled.abs().round(new MathContext(3, RoundingMode.HALF_UP)).compareTo(THOUSAND) >= 0) {
            scaled = scaled.movePointLeft(3);
            unit++;
        }
        BigDecimal rounded = scaled.round(new MathContext(3, RoundingMode.HALF_UP));
        int integerDigits = Math.max(1, rounded.precision() - rounded.scale());
        return dollars(rounded.setScale(Math.max(0, 3 - integerDigits), RoundingMode.HALF_UP)) + " " + UNITS[unit];
    }

    /** The amount as stored, grouped: {@code $1,908,946,318,823.1}. */
    public String exact(BigDecimal usd) {
        return usd == null ? NONE : dollars(usd.scale() < 0 ? usd.setScale(0) : usd);
    }

    /** The amount in plain decimal notation, for a {@code data-} attribute; null for none. */
    public String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Why a row has no price, in a few words. */
    public String reason(Unpriced reason) {
        if (reason == null) {
            return "no match";
        }
        return switch (reason) {
            case NO_LISTING -> "no listing";
            case AMBIGUOUS -> "ambiguous symbol";
            case EVIDENCE_DISAGREES -> "prices disagree";
        };
    }

    /** Why a row has no price, in a sentence. */
    public String reasonDetail(Unpriced reason) {
        if (reason == null) {
            return "No CoinMarketCap asset matched this coin.";
        }
        return switch (reason) {
            case NO_LISTING -> "CoinMarketCap lists no asset with this symbol.";
            case AMBIGUOUS ->
                "Several CoinMarketCap assets use this symbol and nothing tells which one CryptoCompare ranks.";
            case EVIDENCE_DISAGREES ->
                "No CoinMarketCap asset with this symbol has a price that agrees with CryptoCompare's.";
        };
    }

    /** An instant for people: {@code 24 Nov 2026, 12:00:00 UTC}. */
    public String time(Instant instant) {
        return instant == null ? "an unknown time" : TIME.format(instant);
    }

    private static String dollars(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(amount.scale());
        format.setMaximumFractionDigits(amount.scale());
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "−$" : "$") + digits;
    }
}
