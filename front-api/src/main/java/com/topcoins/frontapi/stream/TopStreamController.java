package com.topcoins.frontapi.stream;

import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.docs.OpenApiConfiguration;
import com.topcoins.frontapi.door.Client;
import com.topcoins.frontapi.problem.InvalidParameterException;
import com.topcoins.frontapi.top.OutputFormat;
import com.topcoins.frontapi.top.TopQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/top/stream}: Server-Sent Events of the top answer, with the parameters of {@code GET /}
 * but {@code at} (a past answer never changes). Each event is {@code event: top}, {@code id:} the snapshot pair
 * ({@code <ranking snapshot>:<price snapshot>}, as the answers' {@code X-Ranking-Snapshot}/{@code X-Price-Snapshot}),
 * and the answer as {@code GET /api/v1/top} gives it (JSON, or CSV line by line).
 */
@RestController
class TopStreamController {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    /** A pair key is two 24-digit ObjectIds; anything much longer is not one of ours. */
    private static final int MAX_EVENT_ID = 64;

    private final TopStream stream;
    private final ApiProperties api;
    private final Clock clock = Clock.systemUTC();

    TopStreamController(TopStream stream, ApiProperties api) {
        this.stream = stream;
        this.api = api;
    }

    @Operation(
            operationId = "streamTop",
            tags = OpenApiConfiguration.TAG_TOP,
            summary = "The top answer pushed as Server-Sent Events, at once and on every published snapshot",
            description = "`text/event-stream`. A comment `subscribed` first, then one event `top` per snapshot pair:"
                    + " `id` is `<ranking snapshot>:<price snapshot>`, the data the answer of `GET /api/v1/top` with"
                    + " the same `limit`, `start` and `format` (CSV line by line). A `Last-Event-ID` naming the"
                    + " current pair skips the answer the client has. Comments `heartbeat` keep an idle stream open;"
                    + " a stream ends after `topcoins.stream.max-duration` and `retry` says when to reconnect.",
            parameters = {
                @Parameter(ref = OpenApiConfiguration.LIMIT),
                @Parameter(ref = OpenApiConfiguration.START),
                @Parameter(ref = OpenApiConfiguration.FORMAT),
                @Parameter(
                        name = LAST_EVENT_ID,
                        in = ParameterIn.HEADER,
                        description = "The `id` of the last event the client received (browsers send it on reconnect)",
                        schema = @Schema(type = "string"))
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The stream",
                        content =
                                @Content(
                                        mediaType = "text/event-stream",
                                        schema =
                                                @Schema(
                                                        type = "string",
                                                        example =
                                                                "id:6b14c2f3a1d0e5b2c3d4e5f6:6b14c2f9a1d0e5b2c3d4e5f7\n"
                                                                        + "event:top\nretry:5000\ndata:{\"rankingAsOf\":…}\n\n"))),
                @ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST),
                @ApiResponse(responseCode = "429", ref = OpenApiConfiguration.TOO_MANY_REQUESTS),
                @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.SERVICE_UNAVAILABLE)
            })
    @GetMapping("/api/v1/top/stream")
    SseEmitter stream(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(hidden = true) @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
            HttpServletRequest request,
            HttpServletResponse response) {
        TopQuery query = TopQuery.parse(parameters, api.maxLimit(), api.defaultLimit(), clock.instant());
        if (query.at() != null) {
            throw new InvalidParameterException(
                    "at", "A stream follows the current snapshots; for a past answer use GET /api/v1/top?at=…");
        }
        Window window =
                new Window(query.start(), query.limit(), query.format() == null ? OutputFormat.JSON : query.format());
        String resumeFrom = lastEventId == null || lastEventId.length() > MAX_EVENT_ID ? null : lastEventId.strip();
        // Nothing between here and the client may keep or hold back events: not a cache, not nginx's buffer.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        return stream.subscribe(
                window, resumeFrom, Client.ofAddress(request.getRemoteAddr()).key());
    }
}
