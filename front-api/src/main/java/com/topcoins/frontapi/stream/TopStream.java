package com.topcoins.frontapi.stream;

import com.topcoins.frontapi.snapshot.CurrentSnapshots;
import com.topcoins.frontapi.snapshot.CurrentSnapshotsChanged;
import com.topcoins.frontapi.snapshot.SnapshotPair;
import com.topcoins.frontapi.top.OutputFormat;
import com.topcoins.frontapi.top.TopService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The subscribers of {@code /api/v1/top/stream}, grouped by window. One thread renders: when the current
 * snapshot pair changes (and every {@code catch-up} interval, in case a rendering failed), each window with a
 * subscriber behind the pair is rendered once, through {@link TopService#data} and so its caches, and that one
 * event goes to all of the window's subscribers. So a publish costs one answer per window in use, never a
 * MongoDB query per subscriber, and a failed rendering (MongoDB down or hung) is retried until it succeeds
 * while the streams stay open. Events are written by the send threads ({@link Subscriber}).
 */
@Component
public class TopStream implements SmartLifecycle {

    static final String EVENT = "top";
    private static final Logger log = LoggerFactory.getLogger(TopStream.class);

    private final TopService answers;
    private final CurrentSnapshots snapshots;
    private final StreamProperties properties;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Set<DataWithMediaType> heartbeat =
            Collections.unmodifiableSet(SseEmitter.event().comment("heartbeat").build());
    private final Counter events;
    private final MeterRegistry meters;
    private ScheduledExecutorService renderer;
    /** Apart from the renderer, which may wait on a hung MongoDB: heartbeats go on meanwhile. */
    private ScheduledExecutorService heart;

    private ExecutorService senders;
    private volatile boolean running;
    /** Logged once when renderings start failing and once when they succeed again, not every second. */
    private boolean failing;

    TopStream(TopService answers, CurrentSnapshots snapshots, StreamProperties properties, MeterRegistry meters) {
        this.answers = answers;
        this.snapshots = snapshots;
        this.properties = properties;
        this.meters = meters;
        this.events = Counter.builder("topcoins.stream.events")
                .description("Answers sent to stream subscribers")
                .register(meters);
        Gauge.builder("topcoins.stream.subscribers", open, AtomicInteger::get)
                .description("Streams open now")
                .register(meters);
    }

    /**
     * A new stream of {@code window}: it gets the current answer at once, unless {@code lastEventId} names the
     * current snapshot pair (a reconnecting client that has it), then one per new pair.
     *
     * @throws StreamRefusedException past {@code max-subscribers} (503) or {@code max-per-client} (429)
     */
    SseEmitter subscribe(Window window, String lastEventId, String client) {
        admit(client);
        SseEmitter emitter = new SseEmitter(properties.maxDuration().toMillis());
        Subscriber subscriber = new Subscriber(emitter, window, client, lastEventId, senders, this::closed);
        subscribers.add(subscriber);
        emitter.onCompletion(subscriber::close);
        emitter.onTimeout(subscriber::close);
        emitter.onError(failure -> subscriber.close());
        try {
            // Commits the headers at once, so the client knows it is subscribed even before there is an answer.
            emitter.send(SseEmitter.event()
                    .comment("subscribed")
                    .reconnectTime(properties.reconnect().toMillis()));
        } catch (IOException | IllegalStateException e) {
            subscriber.close();
            throw new IllegalStateException("could not open a stream", e);
        }
        if (running) {
            renderer.execute(this::catchUp);
        } else {
            subscriber.close();
            emitter.complete();
        }
        return emitter;
    }

    private void closed(Subscriber subscriber) {
        if (subscribers.remove(subscriber)) {
            release(subscriber.client());
        }
    }

    /** Streams open now. */
    int subscribers() {
        return open.get();
    }

    @EventListener
    void changed(CurrentSnapshotsChanged change) {
        ScheduledExecutorService thread = renderer;
        if (running && thread != null) {
            thread.execute(this::catchUp);
        }
    }

    /** Brings every subscriber to the current snapshot pair, rendering each window once. */
    private void catchUp() {
        Optional<SnapshotPair> held = snapshots.held();
        if (held.isEmpty() || subscribers.isEmpty()) {
            return;
        }
        SnapshotPair current = held.get();
        String key = current.key();
        Map<Window, List<Subscriber>> behind = new LinkedHashMap<>();
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.has(key)) {
                behind.computeIfAbsent(subscriber.window(), window -> new ArrayList<>())
                        .add(subscriber);
            }
        }
        for (Map.Entry<Window, List<Subscriber>> entry : behind.entrySet()) {
            Set<DataWithMediaType> event;
            try {
                event = event(entry.getKey(), current);
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    log.warn(
                            "Cannot render the stream's answer for {} ({}); retrying every {} while streams stay open",
                            key,
                            e.getMessage(),
                            properties.catchUp());
                }
                // Every window needs the same database: the next pass tries again, instead of this one waiting a
                // timeout per window.
                return;
            }
            if (failing) {
                failing = false;
                log.info("Stream answers render again; subscribers catch up to {}", key);
            }
            for (Subscriber subscriber : entry.getValue()) {
                subscriber.offer(key, event);
            }
            events.increment(entry.getValue().size());
        }
    }

    /** The event for a window and pair: {@code id} names the pair, so a reconnecting client can say what it has. */
    private Set<DataWithMediaType> event(Window window, SnapshotPair pair) {
        byte[] answer = answers.data(window.answer(pair));
        SseEmitter.SseEventBuilder event = SseEmitter.event()
                .id(pair.key())
                .name(EVENT)
                .reconnectTime(properties.reconnect().toMillis());
        if (window.format() == OutputFormat.CSV) {
            // An event's data is line by line; CSV's CRLFs would end it.
            for (String line : new String(answer, StandardCharsets.UTF_8).split("\r\n")) {
                event.data(line);
            }
        } else {
            // Compact JSON has no line break: sent as rendered and cached, byte for byte.
            event.data(answer, MediaType.APPLICATION_JSON);
        }
        // The builder's set is ordered (the parts of the event in turn); shared read-only by every subscriber.
        return Collections.unmodifiableSet(event.build());
    }

    private void heartbeats() {
        for (Subscriber subscriber : subscribers) {
            subscriber.heartbeat(heartbeat);
        }
    }

    private void admit(String client) {
        if (open.incrementAndGet() > properties.maxSubscribers()) {
            open.decrementAndGet();
            refused("capacity");
            throw new StreamRefusedException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "All %d streams are taken; try again later, or poll GET /api/v1/top"
                            .formatted(properties.maxSubscribers()),
                    properties.reconnect());
        }
        if (properties.maxPerClient() > 0
                && perClient.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet()
                        > properties.maxPerClient()) {
            release(client);
            refused("per-client");
            throw new StreamRefusedException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Your address already holds %d streams; close one first".formatted(properties.maxPerClient()),
                    properties.reconnect());
        }
    }

    private void release(String client) {
        open.decrementAndGet();
        if (properties.maxPerClient() > 0) {
            perClient.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    private void refused(String reason) {
        Counter.builder("topcoins.stream.refused")
                .tag("reason", reason)
                .description("Streams refused at their limits")
                .register(meters)
                .increment();
    }

    @Override
    public void start() {
        renderer = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("stream-render-"));
        senders = Executors.newFixedThreadPool(properties.sendThreads(), new CustomizableThreadFactory("stream-send-"));
        long catchUp = properties.catchUp().toMillis();
        renderer.scheduleWithFixedDelay(this::catchUp, catchUp, catchUp, TimeUnit.MILLISECONDS);
        long beat = properties.heartbeat().toMillis();
        heart = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("stream-heartbeat-"));
        heart.scheduleWithFixedDelay(this::heartbeats, beat, beat, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every stream (clients reconnect to another instance, or to this one when it is back). */
    @Override
    public void stop() {
        running = false;
        renderer.shutdownNow();
        heart.shutdownNow();
        for (Subscriber subscriber : List.copyOf(subscribers)) {
            subscriber.close();
            subscriber.emitter().complete();
        }
        senders.shutdown();
        try {
            senders.awaitTermination(Duration.ofSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
