package com.topcoins.simulator.cryptocompare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How CryptoCompare's {@code DISPLAY} block formats each field: glyph, space, US-style number, sometimes a
 * K/M/B suffix ({@code "$ 1,124.77 B"}, {@code "Ƀ 9,120.44"}, {@code "-1.28"}). Clients must never parse these.
 */
enum DisplayFormat {
    /** Not in DISPLAY (TYPE, FLAGS, MEDIAN). */
    OMITTED,
    TEXT,
    MARKET,
    FROM_GLYPH,
    TO_GLYPH,
    /** Relative time; the real API says "Just now" for fresh data. */
    TIME,
    PRICE,
    CHANGE,
    PERCENT,
    FROM_AMOUNT,
    TO_AMOUNT,
    FROM_SUPPLY,
    FROM_SHORT,
    TO_SHORT,
    PENALTY;

    private static final ThreadLocal<DecimalFormat> ONE_DECIMAL = format("#,##0.0");
    private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = format("#,##0.00");

    String format(Object raw, String fromGlyph, String toGlyph) {
        return switch (this) {
            case OMITTED -> throw new IllegalStateException("not displayed");
            case TEXT -> String.valueOf(raw);
            case MARKET -> "CryptoCompare Index";
            case FROM_GLYPH -> fromGlyph;
            case TO_GLYPH -> toGlyph;
            case TIME -> "Just now";
            case PRICE -> toGlyph + " " + price(number(raw));
            case CHANGE -> toGlyph + " " + change(number(raw));
            case PERCENT -> TWO_DECIMALS.get().format(number(raw)).replace(",", "");
            case FROM_AMOUNT -> fromGlyph + " " + amount(number(raw));
            case TO_AMOUNT -> toGlyph + " " + amount(number(raw));
            case FROM_SUPPLY -> fromGlyph + " " + ONE_DECIMAL.get().format(number(raw));
            case FROM_SHORT -> fromGlyph + " " + abbreviated(number(raw));
            case TO_SHORT -> toGlyph + " " + abbreviated(number(raw));
            case PENALTY -> ONE_DECIMAL.get().format(number(raw)).replace(".0", "") + " %";
        };
    }

    private static double number(Object raw) {
        return raw instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) raw).doubleValue();
    }

    private static String price(double v) {
        double abs = Math.abs(v);
        return abs >= 1000
                ? ONE_DECIMAL.get().format(v)
                : abs >= 1 ? TWO_DECIMALS.get().format(v) : significant(v, 4);
    }

    private static String change(double v) {
        return Math.abs(v) >= 1 ? TWO_DECIMALS.get().format(v) : significant(v, 4);
    }

    private static String amount(double v) {
        double abs = Math.abs(v);
        return abs >= 100_000
                ? ONE_DECIMAL.get().format(v)
                : abs >= 1 ? TWO_DECIMALS.get().format(v) : significant(v, 4);
    }

    private static String abbreviated(double v) {
        double abs = Math.abs(v);
        if (abs >= 1e9) {
            return TWO_DECIMALS.get().format(v / 1e9) + " B";
        }
        if (abs >= 1e6) {
            return TWO_DECIMALS.get().format(v / 1e6) + " M";
        }
        if (abs >= 1e3) {
            return TWO_DECIMALS.get().format(v / 1e3) + " K";
        }
        return TWO_DECIMALS.get().format(v);
    }

    /** Small values keep four significant digits, zero-padded: {@code 0.004100}, {@code 0.0000008134}. */
    private static String significant(double v, int digits) {
        if (v == 0) {
            return "0.00";
        }
        return new BigDecimal(v)
                .round(new MathContext(digits, RoundingMode.HALF_UP))
                .toPlainString();
    }

    private static ThreadLocal<DecimalFormat> format(String pattern) {
        return ThreadLocal.withInitial(() -> {
            DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        });
    }
}
