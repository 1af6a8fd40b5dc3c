package com.topcoins.frontapi.stream;

import com.topcoins.frontapi.ApiProperties;
import com.topcoins.frontapi.door.Client;
import com.topcoins.frontapi.problem.InvalidParameterException;
import com.topcoins.frontapi.top.OutputFormat;
import com.topcoins.frontapi.top.TopQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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

    @GetMapping("/api/v1/top/stream")
    SseEmitter stream(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(value = LAST_EVENT_ID, required = false) String lastEventId,
            HttpServletRequest request) {
        TopQuery query = TopQuery.parse(parameters, api.maxLimit(), api.defaultLimit(), clock.instant());
        if (query.at() != null) {
            throw new InvalidParameterException(
                    "at", "A stream follows the current snapshots; for a past answer use GET /api/v1/top?at=…");
        }
        Window window =
                new Window(query.start(), query.limit(), query.format() == null ? OutputFormat.JSON : query.format());
        String resumeFrom = lastEventId == null || lastEventId.length() > MAX_EVENT_ID ? null : lastEventId.strip();
        return stream.subscribe(
                window, resumeFrom, Client.ofAddress(request.getRemoteAddr()).key());
    }
}
