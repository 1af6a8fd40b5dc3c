package com.topcoins.frontapi.top;

import java.time.Instant;
import java.util.List;

/** The JSON answer: when each source's snapshot was completed, and the rows. */
public record TopPage(Instant rankingAsOf, Instant pricesAsOf, int count, List<TopRow> data) {}
