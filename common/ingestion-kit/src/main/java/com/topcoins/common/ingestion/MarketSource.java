package com.topcoins.common.ingestion;

import com.topcoins.common.snapshot.Source;

/**
 * What distinguishes one ingestion service from the other: its upstream client and the mapping of
 * upstream items to stored documents. Everything else is {@link IngestionJob}.
 *
 * @param <T> the stored document record
 */
public interface MarketSource<T> {

    Source source();

    Class<T> documentType();

    /**
     * Fetches up to {@code depth} items from upstream, validated, as documents tagged with
     * {@code snapshotId}, with the time upstream gives for that data.
     *
     * @throws com.topcoins.common.upstream.UpstreamException when upstream fails or sends unusable data
     */
    Fetched<T> fetch(String snapshotId, int depth);
}
