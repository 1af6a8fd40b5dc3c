package com.topcoins.chaos.report;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Number formatting shared by the report: "–" wherever nothing was measured. */
public final class Fmt {

    public static final String NONE = "–";

    private Fmt() {}

    public static String ms(Double millis) {
        if (millis == null) {
            return NONE;
        }
        return millis >= 100 ? String.valueOf(Math.round(millis)) : String.format(Locale.ROOT, "%.1f", millis);
    }

    public static String mib(long bytes) {
        if (bytes < 0) {
            return NONE;
        }
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 10 ? String.valueOf(Math.round(mib)) : String.format(Locale.ROOT, "%.1f", mib);
    }

    public static String mibOfKib(long kib) {
        return kib < 0 ? NONE : mib(kib * 1024);
    }

    public static String mibOfKib(OptionalLong kib) {
        return kib.isPresent() ? mibOfKib(kib.getAsLong()) : NONE;
    }

    public static String seconds(OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.2f", seconds.getAsDouble()) : "never";
    }

    public static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : NONE;
    }

    public static String count(long n) {
        return n < 0 ? NONE : String.valueOf(n);
    }
}
