package com.topcoins.frontapi.top;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

    /** The page's templates: its own and the layout it shares with the error page. */
    static final List<String> PAGE_TEMPLATES = List.of("top.html", "layout.html");

    /** Part of the page's cache key and ETag (see {@link AnswerKey}). */
    static final String PAGE_VERSION = templatesDigest();

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final ObjectWriter csv;
    private final ITemplateEngine templates;

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
            case HTML -> throw new IllegalArgumentException("the HTML page needs its view: html(page, view)");
        };
    }

    /**
     * The page for people: the same rows, formatted ({@link DisplayFormat}), with paging, links and
     * sparklines. Nothing in it depends on the moment of rendering (its script shows the ages), so it is
     * cached and validated like the data answers.
     */
    byte[] html(TopPage page, PageView view) {
        Context context =
                new Context(Locale.ENGLISH, Map.of("page", page, "view", view, "fmt", DisplayFormat.INSTANCE));
        return templates.process("top", context).getBytes(StandardCharsets.UTF_8);
    }

    /** A digest of the page's templates, so a deploy that changes them is a new cache key and ETag. */
    private static String templatesDigest() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String template : PAGE_TEMPLATES) {
            try (InputStream in = TopRenderer.class.getResourceAsStream("/templates/" + template)) {
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    @JsonPropertyOrder({"Rank", "Symbol", "Price USD"})
    record CsvRow(
            @JsonProperty("Rank") int rank,
            @JsonProperty("Symbol") String symbol,
            @JsonProperty("Price USD") BigDecimal priceUsd) {}
}
