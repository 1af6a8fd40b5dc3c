package com.topcoins.common.ingestion;

import java.time.Instant;
import java.util.List;

/**
 * What a run fetched: the documents, and how recent upstream says its data is ({@code dataAsOf}: upstream's
 * own time, not ours; null when upstream gave none).
 */
public record Fetched<T>(List<T> documents, Instant dataAsOf) {}
