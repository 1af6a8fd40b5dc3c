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
 *
 * <p>The HTML page's key also names its templates' version ({@link TopRenderer#PAGE_VERSION}), and
 * whether it is a historical page ({@code at} given: no live updates, links that keep {@code at}).
 *
 * @param historical for HTML only: the page of an {@code at} query
 */
public record AnswerKey(SnapshotPair snapshots, int start, int limit, OutputFormat format, boolean historical) {

    /** Raise it with any change to the rendered JSON or CSV; {@code AnswerFormatVersionTest} fails until then. */
    static final int FORMAT_VERSION = 5;

    /** A JSON or CSV answer, or the current (live) HTML page. */
    AnswerKey(SnapshotPair snapshots, int start, int limit, OutputFormat format) {
        this(snapshots, start, limit, format, false);
    }

    @Override
    public String toString() {
        String key = "v" + FORMAT_VERSION + ":" + snapshots.key() + ":" + start + ":" + limit + ":"
                + format.name().toLowerCase(Locale.ROOT);
        if (format != OutputFormat.HTML) {
            return key;
        }
        return key + ":" + TopRenderer.PAGE_VERSION + (historical ? ":at" : "");
    }
}
