package com.topcoins.frontapi.asset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the feature's own properties, as each feature does (see {@code door.DoorConfiguration}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssetProperties.class)
class AssetConfiguration {}
