package com.topcoins.ingest.cryptocompare;

import com.topcoins.common.ingestion.IngestionApplication;
import com.topcoins.common.ingestion.IngestionConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/** Fetches CryptoCompare's ranking by 24 h volume into ranking snapshots (collection {@code rankings}). */
@SpringBootApplication
@Import(IngestionConfiguration.class)
@EnableConfigurationProperties(CryptoCompareProperties.class)
public class CryptoCompareIngestApplication {

    public static void main(String[] args) {
        IngestionApplication.main(CryptoCompareIngestApplication.class, args);
    }
}
