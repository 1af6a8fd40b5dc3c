package com.topcoins.ingest.coinmarketcap;

import com.topcoins.common.ingestion.IngestionOnRealMongoContract;
import com.topcoins.common.snapshot.Source;
import com.topcoins.testsupport.UpstreamSimulator;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "topcoins.upstream.api-key=" + UpstreamSimulator.CMC_KEY)
class CoinMarketCapOnRealMongoTest extends IngestionOnRealMongoContract {

    @Override
    protected Source source() {
        return Source.COINMARKETCAP;
    }
}
