package com.topcoins.chaos.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespTest {

    private static Object parse(String reply) throws IOException {
        return Resp.read(new ByteArrayInputStream(reply.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void commandsAreArraysOfBulkStrings() {
        assertThat(new String(Resp.command("INFO", "memory"), StandardCharsets.UTF_8))
                .isEqualTo("*2\r\n$4\r\nINFO\r\n$6\r\nmemory\r\n");
    }

    @Test
    void parsesEveryReplyType() throws IOException {
        assertThat(parse("+PONG\r\n")).isEqualTo("PONG");
        assertThat(parse(":3750\r\n")).isEqualTo(3750L);
        assertThat(parse("$5\r\nhe\r\no\r\n")).isEqualTo("he\r\no");
        assertThat(parse("$-1\r\n")).isNull();
        assertThat(parse("*2\r\n:1\r\n$1\r\nx\r\n")).isEqualTo(List.of(1L, "x"));
        assertThat(parse("-NOAUTH Authentication required.\r\n"))
                .isEqualTo(new Resp.Error("NOAUTH Authentication required."));
        assertThatThrownBy(() -> parse("$10\r\nshort")).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> parse("?\r\n")).isInstanceOf(IOException.class);
    }

    @Test
    void findsInfoFields() {
        String info = "# Memory\r\nused_memory:1048576\r\nused_memory_human:1.00M\r\nused_memory_rss:9000\r\n";
        assertThat(Resp.infoField(info, "used_memory")).isEqualTo("1048576");
        assertThat(Resp.infoField(info, "used_memory_rss")).isEqualTo("9000");
        assertThat(Resp.infoField(info, "maxmemory")).isNull();
    }

    @Test
    void theProbeSpeaksToARedisOverASocket() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread fake = new Thread(() -> {
                for (int i = 0; i < 2; i++) {
                    try (Socket socket = server.accept()) {
                        InputStream in = socket.getInputStream();
                        Object command = Resp.read(in);
                        String reply = List.of("INFO", "memory").equals(command)
                                ? bulk("# Memory\r\nused_memory:2048\r\n")
                                : List.of("DBSIZE").equals(command) ? ":42\r\n" : "-ERR\r\n";
                        socket.getOutputStream().write(reply.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            fake.setDaemon(true);
            fake.start();
            RedisProbe probe =
                    new RedisProbe(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
            assertThat(probe.usedMemory()).hasValue(2048);
            assertThat(probe.dbSize()).hasValue(42);
        }
        // Nobody listens any more: no reading, no exception.
        assertThat(new RedisProbe(new InetSocketAddress(InetAddress.getLoopbackAddress(), 1)).usedMemory())
                .isEmpty();
    }

    private static String bulk(String text) {
        return "$" + text.getBytes(StandardCharsets.UTF_8).length + "\r\n" + text + "\r\n";
    }
}
