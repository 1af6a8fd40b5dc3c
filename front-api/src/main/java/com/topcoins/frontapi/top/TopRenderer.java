package com.topcoins.frontapi.top;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Renders answers to bytes once, so a cache hit is served as stored. Decimals are always written in
 * plain notation ({@code 0.000269788}, never {@code 2.69788E-4}).
 */
@Component
class TopRenderer {

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final ObjectWriter csv;
    private final ITemplateEngine templates;
    private final Clock clock = Clock.systemUTC();

    TopRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // Quote only where RFC 4180 requires it (so the header reads Price USD, not "Price USD").
        CsvMapper mapper = CsvMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                .build();
        // RFC 4180: a header line and CRLF line breaks; a missing price is an empty cell.
        CsvSchema schema = mapper.schemaFor(CsvRow.class).withHeader().withLineSeparator("\r\n");
        this.csv = mapper.writer(schema);
    }

    byte[] render(TopPage page, OutputFormat format) {
        return switch (format) {
            case JSON -> json.writeValueAsBytes(page);
            case CSV ->
                csv.writeValueAsBytes(page.data().stream()
                        .map(row -> new CsvRow(row.rank(), row.symbol(), row.priceUsd()))
                        .toList());
            case HTML -> html(page);
        };
    }

    /** A server-rendered table for people; ages are relative to the moment of rendering. */
    private byte[] html(TopPage page) {
        Instant now = clock.instant();
        Context context = new Context(
                Locale.ROOT,
                Map.of(
                        "page", page,
                        "rankingAge", age(page.rankingAsOf(), now),
                        "pricesAge", age(page.pricesAsOf(), now)));
        return templates.process("top", context).getBytes(StandardCharsets.UTF_8);
    }

    private static String age(Instant asOf, Instant now) {
        if (asOf == null) {
            return "at an unknown time";
        }
        long seconds = Math.max(0, Duration.between(asOf, now).toSeconds());
        return seconds < 120 ? seconds + " s ago" : seconds / 60 + " min ago";
    }

    @JsonPropertyOrder({"Rank", "Symbol", "Price USD"})
    record CsvRow(
            @JsonProperty("Rank") int rank,
            @JsonProperty("Symbol") String symbol,
            @JsonProperty("Price USD") BigDecimal priceUsd) {}
}
