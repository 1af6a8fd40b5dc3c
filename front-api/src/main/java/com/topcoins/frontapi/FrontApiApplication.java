package com.topcoins.frontapi;

import com.topcoins.common.market.MatchProperties;
import com.topcoins.common.snapshot.NotificationProperties;
import com.topcoins.common.snapshot.SnapshotStoreConfiguration;
import com.topcoins.frontapi.stream.StreamProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The public API: top assets by 24 h volume (CryptoCompare) with USD prices (CoinMarketCap). */
@SpringBootApplication
@EnableScheduling
@Import(SnapshotStoreConfiguration.class)
@EnableConfigurationProperties({
    ApiProperties.class,
    NotificationProperties.class,
    MatchProperties.class,
    StreamProperties.class
})
public class FrontApiApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrontApiApplication.class, args);
    }
}
