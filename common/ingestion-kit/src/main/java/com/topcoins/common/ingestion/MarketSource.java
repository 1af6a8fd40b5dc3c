package com.topcoins.common.ingestion;

import com.topcoins.common.snapshot.Source;
import java.util.List;

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
     * {@code snapshotId}.
     *
     * @throws com.topcoins.common.upstream.UpstreamException when upstream fails or sends unusable data
     */
    List<T> fetch(String snapshotId, int depth);
}
