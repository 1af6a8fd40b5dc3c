package com.topcoins.common.snapshot;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param channel the Redis pub/sub channel of {@link SnapshotPublished} messages */
@Validated
@ConfigurationProperties("topcoins.notification")
public record NotificationProperties(
        @DefaultValue("topcoins:snapshot-published") @NotBlank
        String channel) {}
