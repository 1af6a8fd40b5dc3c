package com.topcoins.frontapi;

import com.topcoins.testsupport.SharedTestInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The front API on a random port against the shared MongoDB wire server and redis-server. Every
 * class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Only a Redis notification can make a new snapshot visible within a test.
            "topcoins.api.snapshot-poll-interval=1h",
            "topcoins.api.max-limit=500",
            // Streams a test closed are noticed at the next write: soon, so they do not linger into other tests.
            "topcoins.stream.heartbeat=250ms",
            // Actuator on a port of its own, as in production; tests find it with @LocalManagementPort.
            "management.server.port=0",
        })
@ContextConfiguration(initializers = SharedTestInfrastructure.class)
@Import({MongoCommandCounter.class, SnapshotFixtures.class})
public @interface FrontApiTest {}
