package com.topcoins.chaos.fault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON page of the front API holds: its {@code count} field, the rows in {@code data} (each has a
 * {@code rank}) and how many of those ranks lie outside the window asked for. Scanned, not parsed: the suite
 * stays JDK-only, and the fields it needs are flat numbers.
 *
 * @param count -1 when the page has no count field
 */
public record Rows(int count, int rows, int outside) {

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final Pattern RANK = Pattern.compile("\"rank\"\\s*:\\s*(\\d+)");

    public static Rows of(String json, int start, int limit) {
        Matcher count = COUNT.matcher(json);
        int n = count.find() ? Integer.parseInt(count.group(1)) : -1;
        Matcher rank = RANK.matcher(json);
        int rows = 0;
        int outside = 0;
        while (rank.find()) {
            rows++;
            long r = Long.parseLong(rank.group(1));
            if (limit > 0 && (r < start || r > (long) start + limit - 1)) {
                outside++;
            }
        }
        return new Rows(n, rows, outside);
    }
}
