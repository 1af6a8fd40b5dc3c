package com.topcoins.frontapi.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The throughput ceiling of this server for an answer of a given size: pre-built bytes, no cache,
 * no database. The benchmark compares the cached {@code GET /} with it. Exists only in the
 * {@code benchmark} profile, never in production.
 */
@RestController
@Profile("benchmark")
class CeilingController {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    /** {@code bytes}: the size of the answer to imitate (the benchmark passes that of {@code /?limit=200}). */
    @GetMapping("/benchmark/ceiling")
    ResponseEntity<byte[]> ceiling(@RequestParam(defaultValue = "32768") int bytes) {
        int size = Math.max(0, Math.min(MAX_BYTES, bytes));
        byte[] body = bodies.computeIfAbsent(size, CeilingController::jsonOfSize);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static byte[] jsonOfSize(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        return body;
    }
}
