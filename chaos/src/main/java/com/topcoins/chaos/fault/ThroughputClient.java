package com.topcoins.chaos.fault;

import com.topcoins.chaos.client.DeadlineInputStream;
import com.topcoins.chaos.client.HttpReader;
import com.topcoins.chaos.client.HttpResponse;
import com.topcoins.chaos.client.NoAnswerException;
import com.topcoins.chaos.client.Outcome;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A closed loop: each of a few keep-alive connections sends its next request as soon as the previous answer
 * is in, cycling through cached windows, so what it measures is how many answers the front API gives per
 * second. Its connections are spread over a few source addresses, never more than the front API's limit of
 * requests in progress per client on one address, so the door's limits are not what is measured.
 */
final class ThroughputClient {

    private final InetSocketAddress target;
    private final List<InetAddress> sources;
    private final int connections;
    private final List<String> paths;
    private final Duration timeout;
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
    private volatile boolean running;

    ThroughputClient(
            InetSocketAddress target,
            List<InetAddress> sources,
            int connections,
            List<String> paths,
            Duration timeout) {
        this.target = target;
        this.sources = List.copyOf(sources);
        this.connections = connections;
        this.paths = List.copyOf(paths);
        this.timeout = timeout;
    }

    void start() {
        running = true;
        for (int c = 0; c < connections; c++) {
            InetAddress source = sources.get(c % sources.size());
            int first = c;
            Thread thread = new Thread(() -> loop(source, first), "chaos-throughput-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void loop(InetAddress source, int first) {
        Socket socket = null;
        InputStream in = null;
        DeadlineInputStream deadline = null;
        long n = first;
        try {
            while (running) {
                String path = paths.get((int) (n++ % paths.size()));
                long start = System.nanoTime();
                boolean reused = socket != null;
                boolean connected = reused;
                try {
                    if (socket == null) {
                        socket = new Socket();
                        socket.setReuseAddress(true);
                        socket.setTcpNoDelay(true);
                        socket.bind(new InetSocketAddress(source, 0));
                        socket.connect(target, (int) timeout.toMillis());
                        deadline = new DeadlineInputStream(socket, socket.getInputStream(), Long.MAX_VALUE);
                        in = new BufferedInputStream(deadline, 65536);
                        connected = true;
                    }
                    deadline.deadline(start + timeout.toNanos());
                    socket.getOutputStream()
                            .write(("GET " + path + " HTTP/1.1\r\nHost: "
                                            + target.getAddress().getHostAddress() + ":" + target.getPort()
                                            + "\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
                    HttpResponse response = HttpReader.read(in, 0);
                    completions.add(new Completion(start, System.nanoTime(), response.status(), ""));
                    if (!response.keepAlive()) {
                        socket = close(socket);
                    }
                } catch (NoAnswerException e) {
                    // A keep-alive connection the server closed between requests: not a failed request.
                    socket = close(socket);
                    if (!reused) {
                        completions.add(new Completion(start, System.nanoTime(), 0, "closed early"));
                        pause();
                    }
                } catch (IOException e) {
                    completions.add(new Completion(start, System.nanoTime(), 0, Outcome.of(e, connected).label));
                    socket = close(socket);
                    pause();
                }
            }
        } finally {
            close(socket);
        }
    }

    /** Stops every connection (each after at most its request's timeout) and returns the completions in time order. */
    List<Completion> stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(timeout.toMillis() + 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Completion> all = new ArrayList<>(completions);
        all.sort(Comparator.comparingLong(Completion::endNanos));
        return all;
    }

    /** Answers so far, for progress lines. */
    int count() {
        return completions.size();
    }

    private static Socket close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
        return null;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
