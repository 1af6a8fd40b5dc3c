package com.topcoins.simulator.coinmarketcap;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKeys            keys accepted in {@code X-CMC_PRO_API_KEY} or {@code CMC_PRO_API_KEY}
 * @param creditLimitDaily   credits the key may spend (429, error_code 1009, beyond); 0: no cap
 * @param creditLimitMonthly the same with error_code 1010. Both count since start or the last
 *                           {@code DELETE /admin/stats}: tests reset them, no calendar needed
 * @param quotes             the behaviours of quotes/latest the vendor's sources disagree on or do not record
 */
@ConfigurationProperties("simulator.coinmarketcap")
public record CoinMarketCapProperties(
        @DefaultValue("simulator-cmc-key") List<String> apiKeys,
        @DefaultValue("0") long creditLimitDaily,
        @DefaultValue("0") long creditLimitMonthly,
        @DefaultValue Quotes quotes) {

    public CoinMarketCapProperties {
        if (creditLimitDaily < 0 || creditLimitMonthly < 0) {
            throw new IllegalArgumentException("simulator.coinmarketcap.credit-limit-* must be 0 (no cap) or more");
        }
    }

    /**
     * {@code simulator.coinmarketcap.quotes.*} (upstream-apis.md 2b.3, 2b.4, 2b.6).
     *
     * @param slugKeys           what keys {@code data} for {@code slug=} lookups: the id (as recorded) or the slug
     *                           (as documented)
     * @param skipInvalidDefault {@code skip_invalid} when not sent: false per the 2026 vendor skill, true per the 2022
     *                           spec
     * @param unknownSymbols     with {@code skip_invalid=true}: unknown symbols left out of {@code data}, or given
     *                           {@code []}
     * @param allUnknown         with {@code skip_invalid=true} and nothing found: 200 with no coin in {@code data}, or
     *                           the 400 of {@code skip_invalid=false}
     * @param creditBatch        one credit per this many coins returned (100 in the 2022 spec, 250 in a 2026 article)
     */
    public record Quotes(
            @DefaultValue("id") SlugKeys slugKeys,
            @DefaultValue("false") boolean skipInvalidDefault,
            @DefaultValue("omit") UnknownSymbols unknownSymbols,
            @DefaultValue("empty-data") AllUnknown allUnknown,
            @DefaultValue("100") int creditBatch) {

        public Quotes {
            if (creditBatch < 1) {
                throw new IllegalArgumentException("simulator.coinmarketcap.quotes.credit-batch must be at least 1");
            }
        }
    }

    public enum SlugKeys {
        ID,
        SLUG
    }

    public enum UnknownSymbols {
        OMIT,
        EMPTY_ARRAY
    }

    public enum AllUnknown {
        EMPTY_DATA,
        BAD_REQUEST
    }
}
