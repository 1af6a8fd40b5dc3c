package com.topcoins.frontapi.top;

import com.topcoins.frontapi.snapshot.SnapshotPair;

import java.util.Locale;

/**
 * What a cached answer is made of: both snapshots, the window and the format. It is the cache key
 * itself (the only argument of {@link TopService#data}), so no key expression is evaluated per request
 * (profiled at about 4 % of a warm hit's CPU, docs/benchmarks.md); Redis names the entry by
 * {@link #toString()}, which is also what the ETag hashes.
 */
record AnswerKey(SnapshotPair snapshots, int start, int limit, OutputFormat format) {

    @Override
    public String toString() {
        return snapshots.key() + ":" + start + ":" + limit + ":" + format.name().toLowerCase(Locale.ROOT);
    }
}
