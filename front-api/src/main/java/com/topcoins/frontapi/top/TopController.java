package com.topcoins.frontapi.top;

import com.topcoins.common.snapshot.Snapshot;
import com.topcoins.common.snapshot.SnapshotStore;
import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.docs.OpenApiConfiguration;
import com.topcoins.frontapi.problem.SnapshotNotFoundException;
import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.frontapi.snapshot.DatabaseBulkhead;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
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
@Tag(name = OpenApiConfiguration.TAG_TOP)
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
    private final CompressedAnswers compressed;
    private final SharedCaching caching;
    private final Clock clock = Clock.systemUTC();

    TopController(
            TopService service,
            CurrentSnapshots currentSnapshots,
            SnapshotStore store,
            DatabaseBulkhead database,
            ApiProperties properties,
            CompressedAnswers compressed) {
        this.service = service;
        this.currentSnapshots = currentSnapshots;
        this.store = store;
        this.database = database;
        this.properties = properties;
        this.compressed = compressed;
        this.caching = new SharedCaching(properties.rankingInterval(), properties.pricesInterval());
    }

    @Operation(
            operationId = "getTop",
            summary = "Top assets by 24 h volume with USD prices",
            description = "Ranks `start` to `start + limit - 1` of the latest ranking snapshot (CryptoCompare),"
                    + " each with its price from the latest price snapshot (CoinMarketCap), or of the snapshots"
                    + " current at `at`. `format` overrides `Accept`; without either, JSON. A browser (naming"
                    + " `text/html`) gets an HTML table. Unknown or repeated parameters are a 400.",
            parameters = {
                @Parameter(ref = OpenApiConfiguration.LIMIT),
                @Parameter(ref = OpenApiConfiguration.START),
                @Parameter(ref = OpenApiConfiguration.FORMAT),
                @Parameter(
                        name = "at",
                        in = ParameterIn.QUERY,
                        description = "ISO-8601 instant with offset, not in the future: the answer from the"
                                + " snapshots current then (within retention)",
                        schema = @Schema(type = "string", format = "date-time")),
                @Parameter(ref = OpenApiConfiguration.IF_NONE_MATCH),
                @Parameter(
                        name = HttpHeaders.ACCEPT_ENCODING,
                        in = ParameterIn.HEADER,
                        description = "`gzip` (or `*`): the answer gzip-compressed, with an ETag of its own",
                        schema = @Schema(type = "string"))
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The rows; `ETag`, `Last-Modified` (not for HTML) and the snapshot headers",
                        headers = {
                            @Header(
                                    name = SNAPSHOT_HEADER_RANKING,
                                    description = "The ranking snapshot answered from",
                                    schema = @Schema(type = "string")),
                            @Header(
                                    name = SNAPSHOT_HEADER_PRICES,
                                    description = "The price snapshot answered from",
                                    schema = @Schema(type = "string")),
                            @Header(
                                    name = DATA_AGE_HEADER,
                                    description = "Seconds since the older of the two upstream data times",
                                    schema = @Schema(type = "integer")),
                            @Header(
                                    name = HttpHeaders.ETAG,
                                    description = "Of the snapshots and the parameters (JSON and CSV)",
                                    schema = @Schema(type = "string")),
                            @Header(
                                    name = HttpHeaders.CONTENT_ENCODING,
                                    description = "`gzip` when the client's `Accept-Encoding` takes it",
                                    schema = @Schema(type = "string")),
                            @Header(
                                    name = HttpHeaders.CACHE_CONTROL,
                                    description = "`public`, `max-age=0` (browsers revalidate) and, for shared caches,"
                                            + " `s-maxage` up to the next expected snapshot, `stale-while-revalidate`,"
                                            + " `stale-if-error`",
                                    schema = @Schema(type = "string")),
                            @Header(
                                    name = HttpHeaders.LAST_MODIFIED,
                                    description = "When the newer snapshot was complete (JSON and CSV)",
                                    schema = @Schema(type = "string"))
                        },
                        content = {
                            @Content(mediaType = "application/json", schema = @Schema(implementation = TopPage.class)),
                            @Content(
                                    mediaType = "text/csv",
                                    schema =
                                            @Schema(
                                                    type = "string",
                                                    description = "RFC 4180; an empty cell for a missing price",
                                                    example = "Rank,Symbol,Price USD\r\n1,BTC,96234.561882\r\n"
                                                            + "2,USDT,1.0002\r\n3,NOPE,\r\n")),
                            @Content(
                                    mediaType = "text/html",
                                    schema = @Schema(type = "string", description = "A table for a browser"))
                        }),
                @ApiResponse(responseCode = "304", ref = OpenApiConfiguration.NOT_MODIFIED),
                @ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST),
                @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND),
                @ApiResponse(responseCode = "406", ref = OpenApiConfiguration.NOT_ACCEPTABLE),
                @ApiResponse(responseCode = "429", ref = OpenApiConfiguration.TOO_MANY_REQUESTS),
                @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.SERVICE_UNAVAILABLE)
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
        boolean gzip = ContentCoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        CompressedAnswers.Gzipped gzipped = new CompressedAnswers.Gzipped(key);
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(caching.of(snapshots, clock.instant()));
        headers.setVary(List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING));
        headers.set(SNAPSHOT_HEADER_RANKING, snapshots.ranking().id());
        headers.set(SNAPSHOT_HEADER_PRICES, snapshots.prices().id());
        // How old the data is now, by upstream's own time: outside the cached body, so true at every request.
        snapshots
                .dataAsOf()
                .ifPresent(asOf -> headers.set(
                        DATA_AGE_HEADER,
                        String.valueOf(Math.max(
                                0, Duration.between(asOf, clock.instant()).toSeconds()))));
        // Each encoding its own validator: a cache must not answer a 304 for bytes of the other one.
        String etag = etag(gzip ? gzipped : key);
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
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .headers(headers)
                .body(gzip ? compressed.gzip(gzipped) : service.data(key));
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
            return currentSnapshots.currentOrUnavailable();
        }
        return database.call(() -> {
            Snapshot ranking = store.completeAt(properties.sources().ranking(), query.at())
                    .orElseThrow(() -> new SnapshotNotFoundException(query.at()));
            Snapshot prices = store.completeAt(properties.sources().prices(), query.at())
                    .orElseThrow(() -> new SnapshotNotFoundException(query.at()));
            return new SnapshotPair(ranking, prices);
        });
    }

    /** Any of the three formats, HTML only when named (see {@link OutputFormat#negotiate}). */
    static OutputFormat negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
        return OutputFormat.negotiate(accept, EnumSet.allOf(OutputFormat.class));
    }

    private static String etag(Object key) {
        return "\"" + DigestUtils.md5DigestAsHex(key.toString().getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
