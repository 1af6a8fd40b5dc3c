package com.topcoins.chaos.fault;

import java.util.HashSet;
import java.util.Set;

/**
 * Windows never asked for before in the run: {@code /?start=S&limit=L} inside the ranking's depth, S from a fifth
 * of the depth up (the distinct-windows attack walks up from start=1 and gets nowhere near), JSON. One instance
 * serves the whole run, so no phase meets another's cache entries.
 */
final class Windows {

    private final int depth;
    private final Set<String> used = new HashSet<>();
    private long k;

    Windows(int depth) {
        this.depth = depth;
    }

    synchronized String next() {
        int base = depth / 5 + 1;
        int starts = depth - base + 1;
        while (true) {
            k++;
            int start = base + (int) ((k * 97) % starts);
            int limit = 1 + (int) ((k * 31) % (depth + 1 - start));
            String path = "/?start=" + start + "&limit=" + limit;
            if (used.add(path)) {
                return path;
            }
        }
    }
}
