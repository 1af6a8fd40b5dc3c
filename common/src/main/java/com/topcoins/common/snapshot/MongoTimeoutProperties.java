package com.topcoins.common.snapshot;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param timeout how long an operation waits for a reachable MongoDB (server selection and connect)
 *                before it fails; the driver's own default is 30 s
 */
@Validated
@ConfigurationProperties("topcoins.mongo")
public record MongoTimeoutProperties(@DefaultValue("10s") @NotNull Duration timeout) {
}
