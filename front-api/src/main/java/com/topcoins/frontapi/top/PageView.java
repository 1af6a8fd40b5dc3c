package com.topcoins.frontapi.top;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the HTML page shows besides the answer: where its window sits (paging, the limit selector),
 * the links that keep its query, its snapshots (which the live updates compare against) and the
 * sparklines. It holds nothing that depends on the time of rendering, so the page is cached like the
 * data answers. Public, for the template's expressions.
 *
 * @param start      1-based rank of the first row
 * @param limit      rows asked for
 * @param total      rows of the ranking snapshot
 * @param maxLimit   the largest {@code limit} and {@code start}
 * @param at         for a historical page, the instant of its snapshots (the later completion of the two:
 *                   the same answer as the {@code at} asked for); null for the current, live page
 * @param snapshots  {@code rankingSnapshotId:pricesSnapshotId}, as the stream's event ids
 * @param sparklines by CoinMarketCap id, for the priced rows with a history
 */
public record PageView(
        int start, int limit, int total, int maxLimit, Instant at, String snapshots, Map<Long, Sparkline> sparklines) {

    /** The limit selector's choices (those up to the maximum, and the current one). */
    static final List<Integer> LIMITS = List.of(10, 20, 50, 100, 200, 500);

    public static final String API = "/api/v1/top";

    public boolean live() {
        return at == null;
    }

    /** The last rank shown, given how many rows there are. */
    public int end(int rows) {
        return start + rows - 1;
    }

    /** The start of the previous page, or null on the first. */
    public Integer previousStart() {
        return start > 1 ? Math.max(1, start - limit) : null;
    }

    /** The start of the next page, or null when no rank follows (or it would be beyond the maximum start). */
    public Integer nextStart() {
        long next = (long) start + limit;
        return next <= Math.min(total, maxLimit) ? (int) next : null;
    }

    public List<Integer> limits() {
        TreeSet<Integer> limits = new TreeSet<>();
        for (int choice : LIMITS) {
            if (choice <= maxLimit) {
                limits.add(choice);
            }
        }
        limits.add(limit);
        return new ArrayList<>(limits);
    }

    /** This page's query with another window, relative to the current path: {@code ?start=101&limit=100}. */
    public String page(int pageStart) {
        return "?" + query(pageStart);
    }

    /** The current answer of this window: the page without {@code at}. */
    public String livePage() {
        return "?start=" + start + "&limit=" + limit;
    }

    /** The same answer in a data format: {@code /api/v1/top?start=1&limit=100&format=csv}. */
    public String data(String format) {
        return API + "?" + query(start) + "&format=" + format;
    }

    /** The live updates of this window. */
    public String stream() {
        return API + "/stream?start=" + start + "&limit=" + limit;
    }

    public Sparkline sparkline(TopRow row) {
        return row.coinmarketcapId() == null || row.priceUsd() == null ? null : sparklines.get(row.coinmarketcapId());
    }

    private String query(int pageStart) {
        // An instant's text (2026-11-24T12:00:00.123Z) needs no escaping in a query.
        return "start=" + pageStart + "&limit=" + limit + (at == null ? "" : "&at=" + at);
    }
}
