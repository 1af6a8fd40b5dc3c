package com.topcoins.chaos.attack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Where attacks connect to and from. Every attack socket binds the attacker's source address first: the front
 * API may limit per client address, and on loopback every client is 127.0.0.1 unless it binds another 127/8
 * address (Linux routes all of 127/8 over lo), so this is what makes the attacker a different client from the
 * normal one.
 */
public record Target(InetSocketAddress server, InetAddress attacker) {

    public String hostHeader() {
        return server.getAddress().getHostAddress() + ":" + server.getPort();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A blocking socket from the attacker's address, connected. */
    Socket connect(int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            // Attack sockets come and go by the thousand: allow reusing a local port still in TIME_WAIT.
            socket.setReuseAddress(true);
            socket.setTcpNoDelay(true);
            socket.bind(new InetSocketAddress(attacker, 0));
            socket.connect(server, timeoutMillis);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** A non-blocking channel from the attacker's address with its connect started. */
    SocketChannel openChannel(Integer receiveBuffer) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            if (receiveBuffer != null) {
                // Before connect: the window scale is fixed in the handshake.
                channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            channel.bind(new InetSocketAddress(attacker, 0));
            channel.connect(server);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
