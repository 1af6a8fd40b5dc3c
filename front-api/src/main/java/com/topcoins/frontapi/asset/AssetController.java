package com.topcoins.frontapi.asset;

import com.topcoins.frontapi.docs.OpenApiConfiguration;
import com.topcoins.frontapi.top.OutputFormat;
import com.topcoins.frontapi.top.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/assets/{symbol}} (the asset's current row, and what shares its ticker) and
 * {@code GET /api/v1/assets/{symbol}/history} (its rank, price and volume per retained snapshot, JSON or CSV).
 * Errors are problem+json, as everywhere.
 */
@RestController
// The errors both operations share (the document's shared responses); each adds its 200.
@ApiResponses({
    @ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST),
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND),
    @ApiResponse(responseCode = "429", ref = OpenApiConfiguration.TOO_MANY_REQUESTS),
    @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.SERVICE_UNAVAILABLE)
})
@Tag(
        name = "assets",
        description = "One asset by symbol: its current merged row, the ranked assets and CoinMarketCap listings that "
                + "share its ticker, and its history across the retained snapshots")
class AssetController {

    private static final String SYMBOL_DESCRIPTION =
            "Ticker, 1 to 32 of `A-Z a-z 0-9 . * $ _ -`. An exact-case match wins, else one ignoring case; "
                    + "among several, the best rank";
    private static final Set<OutputFormat> HISTORY_FORMATS = EnumSet.of(OutputFormat.JSON, OutputFormat.CSV);

    private final AssetService service;
    private final AssetRenderer renderer;
    private final AssetProperties properties;
    private final Clock clock = Clock.systemUTC();

    AssetController(AssetService service, AssetRenderer renderer, AssetProperties properties) {
        this.service = service;
        this.renderer = renderer;
        this.properties = properties;
    }

    @Operation(
            operationId = "getAsset",
            summary = "One ranked asset by symbol, as its row of the top list",
            description = "The row `GET /api/v1/top` has for the asset now. Tickers are not unique: `symbolMatch` says "
                    + "whether the symbol matched exactly or only ignoring case, `sameSymbol` lists the other ranked "
                    + "assets with it, `candidates` the CoinMarketCap listings the merge chose among (`chosen`).",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = AssetAnswer.class)))
            })
    @GetMapping("/api/v1/assets/{symbol}")
    ResponseEntity<byte[]> asset(
            @Parameter(description = SYMBOL_DESCRIPTION, schema = @Schema(pattern = AssetSymbol.PATTERN))
                    @PathVariable("symbol")
                    String symbol,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        AssetSymbol asked = new AssetSymbol(symbol);
        new QueryParameters(parameters, List.of());
        return ok(OutputFormat.JSON, renderer.json(service.asset(asked)));
    }

    @Operation(
            operationId = "getAssetHistory",
            summary = "An asset's rank, price and 24 h volume per retained snapshot",
            description = "The asset is the one its current row names (CryptoCompare and CoinMarketCap ids). One point "
                    + "per complete ranking snapshot completed from `from` to `to`, oldest first: what `GET /?at=` "
                    + "said then. The price is from the price snapshot current at that point; null when none was, "
                    + "or the asset is unpriced now. `format` overrides `Accept`.",
            parameters = {
                @Parameter(
                        name = "from",
                        in = ParameterIn.QUERY,
                        description = "ISO-8601 instant; default `to` minus 24 h; at most 7 d before `to`",
                        schema = @Schema(type = "string", format = "date-time")),
                @Parameter(
                        name = "to",
                        in = ParameterIn.QUERY,
                        description = "ISO-8601 instant, not in the future; default now",
                        schema = @Schema(type = "string", format = "date-time")),
                @Parameter(
                        name = "format",
                        in = ParameterIn.QUERY,
                        description = "overrides `Accept` (`application/json`, `text/csv`); default json",
                        schema =
                                @Schema(
                                        type = "string",
                                        allowableValues = {"json", "csv"}))
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content = {
                            @Content(
                                    mediaType = "application/json",
                                    schema = @Schema(implementation = AssetHistory.class)),
                            @Content(
                                    mediaType = "text/csv",
                                    schema = @Schema(type = "string", example = "Time,Rank,Price USD,Volume 24h USD"))
                        }),
                @ApiResponse(responseCode = "406", ref = OpenApiConfiguration.NOT_ACCEPTABLE)
            })
    @GetMapping("/api/v1/assets/{symbol}/history")
    ResponseEntity<byte[]> history(
            @Parameter(description = SYMBOL_DESCRIPTION, schema = @Schema(pattern = AssetSymbol.PATTERN))
                    @PathVariable("symbol")
                    String symbol,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        AssetSymbol asked = new AssetSymbol(symbol);
        HistoryQuery query = HistoryQuery.parse(parameters, properties, clock.instant());
        OutputFormat format = query.format() != null ? query.format() : OutputFormat.negotiate(accept, HISTORY_FORMATS);
        AssetHistory history = service.history(asked, query);
        return ok(format, format == OutputFormat.CSV ? renderer.csv(history) : renderer.json(history));
    }

    /** Built per request from the current snapshots: not cached, and revalidated by nothing. */
    private static ResponseEntity<byte[]> ok(OutputFormat format, byte[] body) {
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT)
                .body(body);
    }
}
