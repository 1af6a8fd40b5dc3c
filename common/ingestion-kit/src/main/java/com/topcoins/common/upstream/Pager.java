package com.topcoins.common.upstream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Pages through an upstream list up to a depth and validates what it stitches together: an empty
 * or short page before the end, or an item seen on an earlier page, fails the fetch (the list
 * reshuffled under us, or the API misbehaved), so no partial or duplicated snapshot is written.
 */
public final class Pager<I> {

    private final String api;
    private final int pageSize;
    private final Function<I, Object> id;

    /**
     * @param pageSize items asked for per page
     * @param id       the upstream's unique key of an item
     */
    public Pager(String api, int pageSize, Function<I, Object> id) {
        this.api = api;
        this.pageSize = pageSize;
        this.id = id;
    }

    /** Fetches pages 0, 1, … until {@code depth} items or the end of the list. */
    public List<I> collect(int depth, PageFetcher<I> fetcher) {
        List<I> items = new ArrayList<>(depth);
        Set<Object> seen = new HashSet<>(depth * 2);
        int wanted = depth;
        for (int pageIndex = 0; items.size() < wanted; pageIndex++) {
            Page<I> page = fetcher.fetch(pageIndex, pageSize);
            if (page.total() != null) {
                wanted = Math.min(depth, page.total());
            }
            int expected = Math.min(pageSize, wanted - items.size());
            int received = page.items().size();
            if (page.total() == null && received < expected) {
                // Without a total, a short page is how the list ends.
                wanted = items.size() + received;
                expected = received;
            }
            if (received == 0 && expected > 0) {
                throw new UpstreamException(
                        "%s page %d is empty, %d of %d items fetched".formatted(api, pageIndex, items.size(), wanted),
                        false);
            }
            if (received < expected) {
                throw new UpstreamException(
                        "%s page %d is short: %d items, expected %d".formatted(api, pageIndex, received, expected),
                        false);
            }
            for (I item : page.items().subList(0, expected)) {
                Object key = id.apply(item);
                if (!seen.add(key)) {
                    throw new UpstreamException(
                            "%s page %d repeats id %s from an earlier page".formatted(api, pageIndex, key), false);
                }
                items.add(item);
            }
        }
        return items;
    }

    /** Fetches one page: {@code pageIndex} is 0-based, each page {@code pageSize} items long. */
    @FunctionalInterface
    public interface PageFetcher<I> {
        Page<I> fetch(int pageIndex, int pageSize);
    }
}
