package com.topcoins.chaos.attack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where attacks connect to and from. Every attack socket binds an attacker source address first: the front
 * API may limit per client address, and on loopback every client is 127.0.0.1 unless it binds another 127/8
 * address (Linux routes all of 127/8 over lo), so this is what makes the attacker a different client from the
 * normal one. A spread target takes its addresses in turn, as a botnet's many hosts would.
 *
 * @param attackers the source addresses, used in turn
 */
public record Target(InetSocketAddress server, List<InetAddress> attackers, AtomicInteger turn) {

    public Target(InetSocketAddress server, InetAddress attacker) {
        this(server, List.of(attacker), new AtomicInteger());
    }

    /** The first attacker address (the only one unless spread). */
    public InetAddress attacker() {
        return attackers.get(0);
    }

    /** The same server attacked from {@code count} addresses 127.0.1.1, 127.0.1.2, …, used in turn. */
    public Target spread(int count) {
        List<InetAddress> addresses = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            try {
                addresses.add(InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) i}));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        return new Target(server, List.copyOf(addresses), new AtomicInteger());
    }

    /** How the report names the attacker side. */
    public String attackerDescription() {
        return attackers.size() == 1
                ? attacker().getHostAddress()
                : attackers.size() + " addresses " + attacker().getHostAddress() + "–"
                        + attackers.get(attackers.size() - 1).getHostAddress();
    }

    private InetAddress nextAttacker() {
        return attackers.get(Math.floorMod(turn.getAndIncrement(), attackers.size()));
    }

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
            socket.bind(new InetSocketAddress(nextAttacker(), 0));
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
            channel.bind(new InetSocketAddress(nextAttacker(), 0));
            channel.connect(server);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
