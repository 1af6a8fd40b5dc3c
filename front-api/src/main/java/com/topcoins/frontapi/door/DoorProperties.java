package com.topcoins.frontapi.door;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client limits at the front door; a client is an IPv4 address or an IPv6 /64 ({@link Client}).
 * Tomcat's own limits (connections, timeouts, sizes) are {@code server.tomcat.*} in application.yml.
 *
 * @param connectionsPerClient        connections one client may hold open; more are closed at accept (0: no limit)
 * @param requestHeaderTimeout        the time a request's line and headers may take to arrive, from its first
 *                                    byte; a connection still sending them is closed (zero: no deadline)
 * @param requestHeaderTimeoutWhenBusy the same deadline while the server is busy: connections from many
 *                                    addresses sending their heads slowly hold the connection slots, and new
 *                                    clients wait in the backlog until slots turn over faster than the
 *                                    attacker reopens them (a healthy client's head arrives in one TCP segment,
 *                                    so from its first byte to its last takes next to nothing)
 * @param busyPercent                 busy: open connections at or above this share of
 *                                    {@code server.tomcat.max-connections}
 * @param concurrentRequestsPerClient requests of one client in progress at once; more get 429 and the
 *                                    connection is closed (0: no limit). Six: a browser opens up to six
 *                                    connections to a host and loads that many resources at once (Swagger UI
 *                                    does), each connection one request at a time; fewer would refuse a browser.
 * @param socketSendBuffer            the kernel's send buffer per connection (SO_SNDBUF; Linux doubles it).
 *                                    Left to autotuning, it grows to megabytes for a client that never
 *                                    reads, kernel memory that a container's memory limit counts
 * @param connectionBuffer            Tomcat's read and write buffers per connection (each; Tomcat's default
 *                                    is 8 KB): part of the heap every open connection holds, half-sent
 *                                    requests included, so it sets how many of them fit the heap
 */
@Validated
@ConfigurationProperties("topcoins.door")
public record DoorProperties(
        @DefaultValue("64") @Min(0) int connectionsPerClient,
        @DefaultValue("10s") @NotNull Duration requestHeaderTimeout,
        @DefaultValue("300ms") @NotNull Duration requestHeaderTimeoutWhenBusy,
        @DefaultValue("75") @Min(1) @Max(100) int busyPercent,
        @DefaultValue("6") @Min(0) int concurrentRequestsPerClient,
        @DefaultValue("64KB") @NotNull DataSize socketSendBuffer,
        @DefaultValue("4KB") @NotNull DataSize connectionBuffer) {}
