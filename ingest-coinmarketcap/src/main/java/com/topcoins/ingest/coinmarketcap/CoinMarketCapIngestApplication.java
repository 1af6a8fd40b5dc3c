package com.topcoins.ingest.coinmarketcap;

import com.topcoins.common.ingestion.IngestionApplication;
import com.topcoins.common.ingestion.IngestionConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Fetches USD prices from CoinMarketCap into price snapshots (collection {@code prices}). */
@SpringBootApplication
@Import(IngestionConfiguration.class)
public class CoinMarketCapIngestApplication {

    public static void main(String[] args) {
        IngestionApplication.main(CoinMarketCapIngestApplication.class, args);
    }
}
