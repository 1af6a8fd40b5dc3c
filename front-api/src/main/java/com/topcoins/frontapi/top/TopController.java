package com.topcoins.frontapi.top;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.problem.DataUnavailableException;
import com.topcoins.frontapi.problem.InvalidParameterException;
import com.topcoins.frontapi.problem.SnapshotNotFoundException;
import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.frontapi.snapshot.DatabaseBulkhead;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /} and {@code GET /api/v1/top}: the top assets as JSON or CSV ({@code format} first,
 * then {@code Accept}), or as an HTML page for a browser; all three cached and validated alike. Errors
 * are problem+json, or an HTML page for a browser (see {@code ApiExceptionHandler}).
 */
@RestController
class TopController {

    static final String SNAPSHOT_HEADER_RANKING = "X-Ranking-Snapshot";
    /** Seconds since the older of the two sources' data times (upstream's own); absent when one is unknown. */
    static final String DATA_AGE_HEADER = "X-Data-Age";

    static final String SNAPSHOT_HEADER_PRICES = "X-Price-Snapshot";

    private final TopService service;
    private final CurrentSnapshots currentSnapshots;
    private final SnapshotStore store;
    private final DatabaseBulkhead database;
    private final ApiProperties properties;
    private final Clock clock = Clock.systemUTC();

    TopController(
            TopService service,
            CurrentSnapshots currentSnapshots,
            SnapshotStore store,
            DatabaseBulkhead database,
            ApiProperties properties) {
        this.service = service;
        this.currentSnapshots = currentSnapshots;
        this.store = store;
        this.database = database;
        this.properties = properties;
    }

    @Operation(
            summary = "Top assets by 24 h volume with USD prices",
            description = "Ranking from CryptoCompare, prices from CoinMarketCap. `format` overrides `Accept`.",
            parameters = {
                @Parameter(
                        name = "limit",
                        in = ParameterIn.QUERY,
                        description = "rows, 1..max (default 100)",
                        schema = @Schema(type = "integer", minimum = "1")),
                @Parameter(
                        name = "start",
                        in = ParameterIn.QUERY,
                        description = "1-based rank of the first row",
                        schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")),
                @Parameter(
                        name = "format",
                        in = ParameterIn.QUERY,
                        schema =
                                @Schema(
                                        type = "string",
                                        allowableValues = {"json", "csv"})),
                @Parameter(
                        name = "at",
                        in = ParameterIn.QUERY,
                        description = "ISO-8601 instant: the answer as it was then",
                        schema = @Schema(type = "string", format = "date-time"))
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(mediaType = "application/json", schema = @Schema(implementation = TopPage.class)),
                            @Content(
                                    mediaType = "text/csv",
                                    schema = @Schema(type = "string", example = "Rank,Symbol,Price USD")),
                            @Content(mediaType = "text/html", schema = @Schema(type = "string"))
                        }),
                @ApiResponse(responseCode = "304", description = "unchanged since the ETag given in If-None-Match"),
                @ApiResponse(
                        responseCode = "400",
                        description = "a bad parameter",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "404",
                        description = "`at` outside retention",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "503",
                        description = "no data yet, or the database is unreachable",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @GetMapping({"/", "/api/v1/top"})
    ResponseEntity<byte[]> data(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            WebRequest request,
            HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException {
        TopQuery query = parse(parameters);
        OutputFormat format = query.format() != null ? query.format() : negotiate(accept);
        SnapshotPair snapshots = snapshots(query);
        // A historical page is a page of its own (no live updates, links that keep `at`); data answers are not.
        AnswerKey key = new AnswerKey(
                snapshots, query.start(), query.limit(), format, format == OutputFormat.HTML && query.at() != null);
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noCache());
        headers.setVary(List.of(HttpHeaders.ACCEPT));
        headers.set(SNAPSHOT_HEADER_RANKING, snapshots.ranking().id());
        headers.set(SNAPSHOT_HEADER_PRICES, snapshots.prices().id());
        // How old the data is now, by upstream's own time: outside the cached body, so true at every request.
        snapshots
                .dataAsOf()
                .ifPresent(asOf -> headers.set(
                        DATA_AGE_HEADER,
                        String.valueOf(Math.max(
                                0, Duration.between(asOf, clock.instant()).toSeconds()))));
        String etag = etag(key);
        long lastModified = snapshots.lastModified().toEpochMilli();
        if (anyRepresentation(request)) {
            headers.setETag(etag);
            headers.setLastModified(lastModified);
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .headers(headers)
                    .build();
        }
        // Evaluates the conditional headers, and sets ETag and Last-Modified on the response either way.
        if (request.checkNotModified(etag, lastModified)) {
            // 304 (or 412 for a failed If-Match) with the headers a 200 would carry (RFC 9110 §15.4.5).
            return ResponseEntity.status(response.getStatus()).headers(headers).build();
        }
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .headers(headers)
                .body(service.data(key));
    }

    /**
     * {@code If-None-Match: *}: "any current representation", and there is one, so 304 (RFC 9110
     * §13.1.2). Spring evaluates the wildcard for unsafe methods only.
     */
    private static boolean anyRepresentation(WebRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
    }

    private TopQuery parse(MultiValueMap<String, String> parameters) {
        return TopQuery.parse(parameters, properties.maxLimit(), properties.defaultLimit(), clock.instant());
    }

    private SnapshotPair snapshots(TopQuery query) {
        if (query.at() == null) {
            return currentSnapshots
                    .current()
                    .orElseThrow(() -> new DataUnavailableException(
                            "No complete snapshot of both sources yet; ingestion is still starting",
                            properties.retryAfter(),
                            null));
        }
        return database.call(() -> {
            Snapshot ranking = store.completeAt(properties.sources().ranking(), query.at())
                    .orElseThrow(() -> new SnapshotNotFoundException(query.at()));
            Snapshot prices = store.completeAt(properties.sources().prices(), query.at())
                    .orElseThrow(() -> new SnapshotNotFoundException(query.at()));
            return new SnapshotPair(ranking, prices);
        });
    }

    /**
     * The first acceptable format in the client's order of preference: JSON for a missing Accept or
     * {@code *}{@code /*}, HTML only when named (see {@link OutputFormat#acceptedBy}).
     */
    static OutputFormat negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return OutputFormat.JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw new InvalidParameterException("Accept", "Unparseable Accept header");
        }
        try {
            MimeTypeUtils.sortBySpecificity(accepted);
        } catch (InvalidMimeTypeException e) {
            // Spring refuses to sort very long lists (quadratic); no client needs one.
            throw new InvalidParameterException("Accept", "The Accept header lists too many media types");
        }
        List<MediaType> ranges = List.copyOf(accepted);
        accepted.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (OutputFormat format : OutputFormat.values()) {
                if (format.acceptedBy(type) && !refused(format, ranges)) {
                    return format;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(
                List.of(OutputFormat.JSON.mediaType(), OutputFormat.CSV.mediaType(), OutputFormat.HTML.mediaType()));
    }

    /**
     * RFC 9110 §12.5.1: a format's quality is that of the most specific range that matches it, so
     * {@code application/json;q=0, *}{@code /*} refuses JSON even though the wildcard would take it.
     */
    private static boolean refused(OutputFormat format, List<MediaType> ranges) {
        return ranges.stream()
                .filter(range -> range.includes(format.mediaType()))
                .max(Comparator.comparingInt(
                        range -> (range.isWildcardType() ? 0 : 2) + (range.isWildcardSubtype() ? 0 : 1)))
                .map(range -> range.getQualityValue() == 0)
                .orElse(false);
    }

    private static String etag(AnswerKey key) {
        return "\"" + DigestUtils.md5DigestAsHex(key.toString().getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
