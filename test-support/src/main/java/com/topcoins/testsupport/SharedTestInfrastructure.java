package com.topcoins.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service's context at the shared embedded MongoDB, Redis and upstream simulator. Used
 * through {@code @ContextConfiguration(initializers = ...)}: every test class that uses it with the
 * same other settings gets the same cached Spring context.
 */
public class SharedTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.mongodb.uri=" + EmbeddedMongo.uri(),
                        "spring.data.redis.host=127.0.0.1",
                        "spring.data.redis.port=" + EmbeddedRedis.port(),
                        "topcoins.upstream.base-url=" + UpstreamSimulator.baseUrl())
                .applyTo(context);
    }
}
