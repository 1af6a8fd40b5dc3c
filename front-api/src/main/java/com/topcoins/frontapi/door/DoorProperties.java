package com.topcoins.frontapi.door;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client limits at the front door; a client is an IPv4 address or an IPv6 /64 ({@link Client}).
 * Tomcat's own limits (connections, timeouts, sizes) are {@code server.tomcat.*} in application.yml.
 *
 * @param connectionsPerClient        connections one client may hold open; more are closed at accept (0: no limit)
 * @param concurrentRequestsPerClient requests of one client in progress at once; more get 429 and the
 *                                    connection is closed (0: no limit)
 * @param socketSendBuffer            the kernel's send buffer per connection (SO_SNDBUF; Linux doubles it).
 *                                    Left to autotuning, it grows to megabytes for a client that never
 *                                    reads, kernel memory that a container's memory limit counts
 */
@Validated
@ConfigurationProperties("topcoins.door")
public record DoorProperties(
        @DefaultValue("64") @Min(0) int connectionsPerClient,
        @DefaultValue("4") @Min(0) int concurrentRequestsPerClient,
        @DefaultValue("64KB") @NotNull DataSize socketSendBuffer) {
}
