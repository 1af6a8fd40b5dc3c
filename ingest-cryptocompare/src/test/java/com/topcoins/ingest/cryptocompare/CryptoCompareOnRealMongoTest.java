package com.topcoins.ingest.cryptocompare;

import com.topcoins.common.ingestion.IngestionOnRealMongoContract;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.UpstreamSimulator;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "topcoins.upstream.api-key=" + UpstreamSimulator.CC_KEY)
class CryptoCompareOnRealMongoTest extends IngestionOnRealMongoContract {

    @Override
    protected Source source() {
        return Source.CRYPTOCOMPARE;
    }
}
