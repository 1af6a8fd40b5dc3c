package com.topcoins.ingest.cryptocompare;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param ranking which volume ranks the assets: all markets, or top-tier exchanges only */
@Validated
@ConfigurationProperties("topcoins.cryptocompare")
public record CryptoCompareProperties(
        @DefaultValue("total-volume") @NotNull Ranking ranking) {

    public enum Ranking {
        TOTAL_VOLUME("/data/top/totalvolfull"),
        TOP_TIER_VOLUME("/data/top/totaltoptiervolfull");

        private final String path;

        Ranking(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }
}
