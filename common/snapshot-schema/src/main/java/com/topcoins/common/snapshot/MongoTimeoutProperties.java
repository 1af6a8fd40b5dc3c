package com.topcoins.common.snapshot;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a MongoDB operation may wait, so that a database that is down or hung (a stopped process,
 * a partition) fails the operation instead of blocking its thread. The driver's defaults are 30 s to
 * find a server and no limit at all on a reply.
 *
 * @param timeout          to find a reachable server, to connect, and to get a connection from the pool
 * @param readTimeout      for each reply once a request is sent: a hung server is noticed after this
 * @param operationTimeout when set, the whole of each operation (server selection, a new connection, the
 *                         request and the driver's retry of a read) within this: the driver's client-side
 *                         operation timeout ({@code timeoutMS}), which the others then only cap
 */
@Validated
@ConfigurationProperties("topcoins.mongo")
public record MongoTimeoutProperties(
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("30s") @NotNull Duration readTimeout,
        Duration operationTimeout) {}
