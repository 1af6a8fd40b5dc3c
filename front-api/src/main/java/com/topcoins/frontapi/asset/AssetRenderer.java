package com.topcoins.frontapi.asset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes the per-asset answers as the top list writes its own: decimals in plain notation (never {@code 2.69788E-4}),
 * which the application's shared JSON mapper does not do, and CSV by RFC 4180 (header, CRLF, quoting only where
 * needed, an empty cell for a missing value).
 */
@Component
class AssetRenderer {

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final ObjectWriter csv;

    AssetRenderer() {
        CsvMapper mapper = CsvMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                .build();
        this.csv = mapper.writer(mapper.schemaFor(CsvPoint.class).withHeader().withLineSeparator("\r\n"));
    }

    byte[] json(Object answer) {
        return json.writeValueAsBytes(answer);
    }

    byte[] csv(AssetHistory history) {
        return csv.writeValueAsBytes(history.points().stream()
                .map(point -> new CsvPoint(point.at().toString(), point.rank(), point.priceUsd(), point.volume24hUsd()))
                .toList());
    }

    @JsonPropertyOrder({"Time", "Rank", "Price USD", "Volume 24h USD"})
    record CsvPoint(
            @JsonProperty("Time") String time,
            @JsonProperty("Rank") Integer rank,
            @JsonProperty("Price USD") BigDecimal priceUsd,
            @JsonProperty("Volume 24h USD") BigDecimal volume24hUsd) {}
}
