package com.topcoins.chaos.attack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An attack run by a few blocking worker threads, each looping until stopped; stopping waits for each to
 * finish its request (at most its timeout) so its sockets are closed when {@link #stop()} returns.
 */
abstract class WorkerThreads implements Attack {

    final int threads;
    private final Duration requestTimeout;
    private final String name;
    private final List<Thread> workers = new ArrayList<>();
    volatile boolean running;

    WorkerThreads(String name, int threads, Duration requestTimeout) {
        this.name = name;
        this.threads = threads;
        this.requestTimeout = requestTimeout;
    }

    /** One worker's loop: runs while {@link #running}, closes what it opened before returning. */
    abstract void work();

    @Override
    public void start() {
        running = true;
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(this::work, "chaos-" + name + "-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(requestTimeout.toMillis() + 5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
