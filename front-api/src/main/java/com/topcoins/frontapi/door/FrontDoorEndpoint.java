package com.topcoins.frontapi.door;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO endpoint with a cap on the connections one {@link Client} may hold open at once. A
 * connection past the cap is closed at accept, before Tomcat gives it buffers and a processor, so one
 * client can neither hold every connection slot with half-sent requests (slowloris) nor every worker
 * with responses it never reads. Tomcat has no such setting; an edge proxy's {@code limit_conn} is the
 * usual place, and the front API is its own edge in compose and local mode.
 */
final class FrontDoorEndpoint extends NioEndpoint {

    /** Open connections per client; a client with none has no entry. */
    private final Map<Client, Integer> openPerClient = new ConcurrentHashMap<>();
    /** The client each counted socket belongs to, to count it down when Tomcat forgets the socket. */
    private final Map<SocketChannel, Client> clientOfSocket = new ConcurrentHashMap<>();

    private volatile int maxConnectionsPerClient;
    private volatile Runnable onRejected = () -> {};

    FrontDoorEndpoint() {
        // Tomcat puts every accepted socket in this map and removes it when the connection closes,
        // whichever path closes it: the one place to count connections down.
        connections = new ConcurrentHashMap<>() {
            @Override
            public SocketWrapperBase<NioChannel> remove(Object socket) {
                SocketWrapperBase<NioChannel> removed = super.remove(socket);
                release((SocketChannel) socket);
                return removed;
            }
        };
    }

    /** 0 or less: no per-client cap. */
    void setMaxConnectionsPerClient(int max) {
        this.maxConnectionsPerClient = max;
    }

    void setOnRejected(Runnable onRejected) {
        this.onRejected = onRejected;
    }

    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
        if (!admit(socket)) {
            onRejected.run();
            // Counts the connection down and closes it; true: the acceptor has nothing left to do.
            destroySocket(socket);
            return true;
        }
        boolean registered = super.setSocketOptions(socket);
        if (!registered && !connections.containsKey(socket)) {
            // Failed before Tomcat tracked it, so no remove() will count it down.
            release(socket);
        }
        return registered;
    }

    private boolean admit(SocketChannel socket) {
        int max = maxConnectionsPerClient;
        if (max <= 0) {
            return true;
        }
        Client client;
        try {
            client = Client.of(((InetSocketAddress) socket.getRemoteAddress()).getAddress());
        } catch (IOException | RuntimeException e) {
            // Already gone, or not an IP socket: nothing to count, Tomcat deals with it.
            return true;
        }
        boolean[] admitted = {false};
        openPerClient.compute(client, (key, open) -> {
            int count = open == null ? 0 : open;
            if (count >= max) {
                return open;
            }
            admitted[0] = true;
            return count + 1;
        });
        if (admitted[0]) {
            clientOfSocket.put(socket, client);
        }
        return admitted[0];
    }

    private void release(SocketChannel socket) {
        Client client = clientOfSocket.remove(socket);
        if (client != null) {
            openPerClient.computeIfPresent(client, (key, open) -> open <= 1 ? null : open - 1);
        }
    }
}
