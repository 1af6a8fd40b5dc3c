package com.topcoins.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real {@code mongo:7} and {@code redis:7} containers, started once per test JVM, for the test
 * variants that run where Docker is available. Use from a class annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)}, so it is skipped cleanly elsewhere.
 */
public final class DockerInfrastructure {

    private static MongoDBContainer mongo;
    private static GenericContainer<?> redis;

    private DockerInfrastructure() {
    }

    /** Starts the containers if needed and points the context at them. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:7");
            redis = new GenericContainer<>("redis:7").withExposedPorts(6379);
            mongo.start();
            redis.start();
        }
        registry.add("spring.mongodb.uri", () -> mongo.getReplicaSetUrl(EmbeddedMongo.DATABASE));
        registry.add("spring.data.redis.host", redis::getHost);
        registry.add("spring.data.redis.port", () -> redis.getMappedPort(6379));
    }
}
