package com.topcoins.simulator.upstream;

import java.util.Arrays;

/**
 * How a successful page is reshaped by the page faults. Both APIs page over an ordered array of asset
 * indices; the tweak picks which of them end up on the page.
 */
public enum PageTweak {
    /** The page as it should be. */
    NONE,
    /** EMPTY_PAGE: nothing, although the totals say there is. */
    EMPTY,
    /** SHORT_PAGE: about half of the page, although more items exist. */
    SHORT,
    /** DUPLICATE_IDS: the window slides back, so the page repeats items of the previous page. */
    DUPLICATES;

    /**
     * @param ordering every item of the list in order
     * @param from     0-based first position of the requested page
     * @param to       exclusive end of the requested page, already capped at the list size
     */
    public int[] select(int[] ordering, int from, int to) {
        if (from >= to) {
            return new int[0];
        }
        int size = to - from;
        return switch (this) {
            case NONE -> Arrays.copyOfRange(ordering, from, to);
            case EMPTY -> new int[0];
            case SHORT -> Arrays.copyOfRange(ordering, from, from + size / 2);
            case DUPLICATES -> duplicates(ordering, from, to, size);
        };
    }

    private static int[] duplicates(int[] ordering, int from, int to, int size) {
        int shift = Math.max(1, size / 4);
        if (from > 0) {
            // As if `shift` new items had entered the list above this page since the previous one was read.
            int back = Math.min(shift, from);
            return Arrays.copyOfRange(ordering, from - back, to - back);
        }
        // First page: there is no previous page, so the page repeats its own first items at its end.
        int[] page = Arrays.copyOfRange(ordering, from, to);
        int repeated = Math.min(shift, size / 2);
        System.arraycopy(page, 0, page, size - repeated, repeated);
        return page;
    }
}
