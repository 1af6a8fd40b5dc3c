package com.topcoins.common.upstream;

import java.util.List;

/**
 * One page of an upstream list.
 *
 * @param total the number of items the API says the whole list has, or null when it does not say
 */
public record Page<I>(List<I> items, Integer total) {}
