package com.topcoins.chaos.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a probe reading at a fixed interval (and whenever asked, at window boundaries) on its own thread, and
 * notices first when the front API is gone.
 */
public final class Sampler {

    private final ProcessProbe process;
    private final RedisProbe redis;
    private final LogWatch log;
    private final Duration interval;
    private final List<ProbeSample> samples = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean died;
    private Thread thread;

    public Sampler(ProcessProbe process, RedisProbe redis, LogWatch log, Duration interval) {
        this.process = process;
        this.redis = redis;
        this.log = log;
        this.interval = interval;
    }

    public void start() {
        running = true;
        thread = new Thread(
                () -> {
                    while (running) {
                        sample();
                        try {
                            Thread.sleep(interval.toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "chaos-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public ProbeSample sample() {
        long now = System.nanoTime();
        boolean alive = process.alive();
        long rss = process.rssKib().orElse(-1);
        long redisUsed = redis.usedMemory().orElse(-1);
        log.poll();
        ProbeSample sample = new ProbeSample(now, rss, alive, redisUsed, log.lines(), log.oomLines());
        synchronized (samples) {
            samples.add(sample);
        }
        if (!alive) {
            died = true;
        }
        return sample;
    }

    public boolean died() {
        return died;
    }

    public List<ProbeSample> samplesBetween(long fromNanos, long toNanos) {
        synchronized (samples) {
            return samples.stream()
                    .filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos)
                    .toList();
        }
    }

    public List<ProbeSample> all() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
