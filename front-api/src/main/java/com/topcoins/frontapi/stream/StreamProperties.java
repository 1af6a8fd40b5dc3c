package com.topcoins.frontapi.stream;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The push stream ({@code GET /api/v1/top/stream}). Every subscriber holds one of Tomcat's
 * {@code server.tomcat.max-connections} for as long as it listens, so the bound leaves the rest to requests.
 *
 * @param maxSubscribers   streams open at once; one more is refused with 503. Each costs heap (docs/stream.md):
 *                         the default leaves the answer caches their room in the 80 MiB heap
 * @param maxPerClient     streams one client (address, IPv6 /64) may hold; one more is refused with 429 (0: no limit)
 * @param heartbeat        a comment is sent to an idle stream this often, so proxies keep it open and a gone
 *                         client is noticed
 * @param catchUp          how often the stream checks for subscribers behind the current snapshots: after a
 *                         failed rendering (MongoDB down or hung), this is how soon it tries again
 * @param reconnect        the {@code retry} an event tells the client to wait before reconnecting
 * @param maxDuration      a stream is closed after this; the client reconnects with {@code Last-Event-ID} and
 *                         misses nothing, and no connection is held for ever
 * @param sendThreads      threads writing events: a client that does not read blocks one of them until the
 *                         write timeout ({@code server.tomcat.connection-timeout}), never the others' events
 */
@Validated
@ConfigurationProperties("topcoins.stream")
public record StreamProperties(
        @DefaultValue("128") @Min(1) int maxSubscribers,
        @DefaultValue("8") @Min(0) int maxPerClient,
        @DefaultValue("15s") @NotNull Duration heartbeat,
        @DefaultValue("1s") @NotNull Duration catchUp,
        @DefaultValue("5s") @NotNull Duration reconnect,
        @DefaultValue("30m") @NotNull Duration maxDuration,
        @DefaultValue("4") @Min(1) int sendThreads) {}
