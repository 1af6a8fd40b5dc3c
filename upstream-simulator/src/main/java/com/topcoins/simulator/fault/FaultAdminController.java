package com.topcoins.simulator.fault;

import com.topcoins.simulator.upstream.Api;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /admin/faults}: queue, list and clear injected faults. */
@RestController
@RequestMapping("/admin/faults")
class FaultAdminController {

    private static final long MAX_AGE_SECONDS = Duration.ofDays(36_525).toSeconds();

    private final FaultRegistry registry;

    FaultAdminController(FaultRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FaultView add(@RequestBody FaultRequest request) {
        Api api = Api.fromId(request.api())
                .orElseThrow(() -> badRequest("api must be one of "
                        + Arrays.stream(Api.values()).map(Api::id).toList()));
        FaultKind kind = FaultKind.parse(request.kind())
                .orElseThrow(() -> badRequest("kind must be one of " + Arrays.toString(FaultKind.values())));
        int count = request.count() == null ? -1 : request.count();
        if (count != -1 && count < 1) {
            throw badRequest("count must be -1 (until cleared) or at least 1");
        }
        int skip = request.skip() == null ? 0 : request.skip();
        if (skip < 0) {
            throw badRequest("skip must not be negative");
        }
        if (request.delayMs() != null && request.delayMs() < 0) {
            throw badRequest("delayMs must not be negative");
        }
        Duration delay = request.delayMs() == null ? null : Duration.ofMillis(request.delayMs());
        // An age of zero would be no replay at all; the cap keeps every shifted time a valid four-digit year.
        if (request.ageSeconds() != null && (request.ageSeconds() < 1 || request.ageSeconds() > MAX_AGE_SECONDS)) {
            throw badRequest("ageSeconds must be between 1 and " + MAX_AGE_SECONDS + " (100 years)");
        }
        Duration age = request.ageSeconds() == null ? null : Duration.ofSeconds(request.ageSeconds());
        return registry.add(api, kind, count, skip, delay, age);
    }

    @GetMapping
    List<FaultView> list() {
        return registry.list();
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear() {
        registry.clear();
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
