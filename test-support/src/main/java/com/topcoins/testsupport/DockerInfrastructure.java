package com.topcoins.testsupport;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real {@code mongo:7} and {@code redis:7} containers for the test variants that run where Docker is
 * available: {@code @ImportTestcontainers(DockerInfrastructure.class)} from a class annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)}, so it is skipped cleanly elsewhere. Boot
 * starts them with the context and points MongoDB and Redis at them ({@link ServiceConnection}).
 */
public interface DockerInfrastructure {

    @ServiceConnection
    MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    @ServiceConnection(name = "redis")
    GenericContainer<?> REDIS = new GenericContainer<>("redis:7").withExposedPorts(6379);
}
