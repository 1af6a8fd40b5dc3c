package com.topcoins.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class LocalInfraTest {

    @Test
    void mongoServerAnswersTheDriverOverTheWireProtocol() {
        MongoWireServer server = new MongoWireServer("127.0.0.1", 0);
        server.start();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.port() + "/topcoins")) {
            var collection = client.getDatabase("topcoins").getCollection("probe");
            collection.insertOne(new Document("symbol", "BTC"));
            assertThat(collection.countDocuments()).isEqualTo(1);
            // The services' health indicator runs ping.
            assertThat(client.getDatabase("admin")
                            .runCommand(new Document("ping", 1))
                            .get("ok"))
                    .isIn(1, 1.0);
        } finally {
            server.stop();
        }
    }

    @Test
    void redisStartsAsABoundedCacheEvictingTheLeastRecentlyUsed() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedRedisServer server = new EmbeddedRedisServer("127.0.0.1", port, "16mb");
        server.start();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write("CONFIG GET maxmemory\r\nCONFIG GET maxmemory-policy\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String reply = readUntil(socket.getInputStream(), "allkeys-lru");
            assertThat(reply).contains("maxmemory\r\n$8\r\n16777216", "maxmemory-policy\r\n$11\r\nallkeys-lru");
        } finally {
            server.stop();
        }
    }

    private static String readUntil(java.io.InputStream in, String end) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().contains(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }

    @Test
    void mongoDataSurvivesAStopAndRestartOnTheSamePort() {
        MongoWireServer server = new MongoWireServer("127.0.0.1", 0);
        server.start();
        int port = server.port();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/topcoins")) {
            client.getDatabase("topcoins").getCollection("probe").insertOne(new Document("symbol", "ETH"));
        }
        server.stop();
        server.start();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/topcoins")) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(client.getDatabase("topcoins").getCollection("probe").countDocuments())
                    .isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void parsesServiceAndOptionsWithLoopbackAndStandardPortsByDefault() {
        assertThat(Options.parse("mongo")).isEqualTo(new Options(Options.Service.MONGO, "127.0.0.1", 27017, "64mb"));
        assertThat(Options.parse("redis", "--port=6380"))
                .isEqualTo(new Options(Options.Service.REDIS, "127.0.0.1", 6380, "64mb"));
        assertThat(Options.parse("redis", "--maxmemory=16mb").maxMemory()).isEqualTo("16mb");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("mongo", "--maxmemory=16mb"));
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("postgres"));
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("mongo", "--port=70000"));
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("mongo", "--verbose"));
    }
}
