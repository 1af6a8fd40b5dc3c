package com.topcoins.localinfra;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's in-memory backend, also answering {@code hello} (it knows only the legacy
 * {@code isMaster}). Spring Boot's Mongo health indicator sends {@code hello}; without this the services'
 * Actuator health would report MongoDB DOWN in local mode although every read and write works.
 */
final class HelloAwareMemoryBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document reply = super.handleCommand(channel, database, "isMaster", query);
            reply.put("isWritablePrimary", reply.getOrDefault("ismaster", Boolean.TRUE));
            return reply;
        }
        return super.handleCommand(channel, database, command, query);
    }
}
