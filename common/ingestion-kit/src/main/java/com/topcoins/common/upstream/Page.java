package com.topcoins.common.upstream;

import java.time.Instant;
import java.util.List;

/**
 * One page of an upstream list.
 *
 * @param total the number of items the API says the whole list has, or null when it does not say
 * @param asOf  the time the API gives for the page, or null when it gives none
 */
public record Page<I>(List<I> items, Integer total, Instant asOf) {

    public Page(List<I> items, Integer total) {
        this(items, total, null);
    }
}
