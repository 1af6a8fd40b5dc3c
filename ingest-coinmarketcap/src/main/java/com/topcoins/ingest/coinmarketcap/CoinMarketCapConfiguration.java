package com.topcoins.ingest.coinmarketcap;

import com.mongodb.client.MongoDatabase;
import com.topcoins.common.market.MatchProperties;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.common.upstream.UpstreamProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The CoinMarketCap source, and the credit budget its runs keep to. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CoinMarketCapProperties.class, MatchProperties.class})
class CoinMarketCapConfiguration {

    /** The calendar the credit budget counts months on. */
    @Bean
    Clock creditClock() {
        return Clock.systemUTC();
    }

    @Bean
    CreditLedger creditLedger(
            MongoDatabase database, Clock clock, MeterRegistry registry, CoinMarketCapProperties properties) {
        return new CreditLedger(database, clock, registry, properties.credits().monthlyBudget());
    }

    @Bean
    CreditBudget creditBudget(CreditLedger ledger, Clock clock, CoinMarketCapProperties properties) {
        CoinMarketCapProperties.Credits credits = properties.credits();
        return new CreditBudget(ledger, new CreditPace(credits.monthlyBudget(), credits.headStart()), clock);
    }

    @Bean
    CoinMarketCapSource coinMarketCapSource(
            RestClient.Builder http,
            UpstreamProperties upstream,
            CoinMarketCapProperties properties,
            SnapshotStore store,
            MatchProperties match,
            CreditLedger ledger) {
        return new CoinMarketCapSource(http, upstream, properties.quotes(), store, match.evidence(), ledger);
    }
}
