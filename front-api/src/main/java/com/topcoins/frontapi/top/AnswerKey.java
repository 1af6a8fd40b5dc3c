package com.topcoins.frontapi.top;

import com.topcoins.frontapi.snapshot.SnapshotPair;
import java.util.Locale;

/**
 * What a cached answer is made of: the answers' format version, both snapshots, the window and the
 * format. The version is part of the key and the ETag so that a deploy that changes the answers'
 * bytes never serves, or confirms with a 304, bytes of the old shape. It is the cache key
 * itself (the only argument of {@link TopService#data}), so no key expression is evaluated per request
 * (profiled at about 4 % of a warm hit's CPU, docs/benchmarks.md); Redis names the entry by
 * {@link #toString()}, which is also what the ETag hashes.
 */
public record AnswerKey(SnapshotPair snapshots, int start, int limit, OutputFormat format) {

    /** Raise it with any change to the rendered JSON or CSV; {@code AnswerFormatVersionTest} fails until then. */
    static final int FORMAT_VERSION = 5;

    @Override
    public String toString() {
        return "v" + FORMAT_VERSION + ":" + snapshots.key() + ":" + start + ":" + limit + ":"
                + format.name().toLowerCase(Locale.ROOT);
    }
}
