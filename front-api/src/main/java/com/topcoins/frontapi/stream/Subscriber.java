package com.topcoins.frontapi.stream;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream. It holds at most one event waiting to be written, the newest: a client slower than
 * the snapshots skips the answers it could not take in time instead of queueing them, and its writes
 * run on the send threads, never on the thread that renders for everyone.
 */
final class Subscriber {

    private final SseEmitter emitter;
    private final Window window;
    private final String client;
    private final Executor senders;
    private final Consumer<Subscriber> onClose;
    private final AtomicReference<Set<DataWithMediaType>> pending = new AtomicReference<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The snapshot pair of the last answer handed to this stream, first the client's {@code Last-Event-ID}. */
    private volatile String pairKey;

    Subscriber(
            SseEmitter emitter,
            Window window,
            String client,
            String lastEventId,
            Executor senders,
            Consumer<Subscriber> onClose) {
        this.emitter = emitter;
        this.window = window;
        this.client = client;
        this.pairKey = lastEventId;
        this.senders = senders;
        this.onClose = onClose;
    }

    SseEmitter emitter() {
        return emitter;
    }

    Window window() {
        return window;
    }

    String client() {
        return client;
    }

    boolean has(String key) {
        return key.equals(pairKey);
    }

    /** The answer for a snapshot pair; replaces an event not yet written. */
    void offer(String key, Set<DataWithMediaType> event) {
        pairKey = key;
        pending.set(event);
        write();
    }

    /** A heartbeat, unless an event is already waiting (which does its job). */
    void heartbeat(Set<DataWithMediaType> comment) {
        if (pending.compareAndSet(null, comment)) {
            write();
        }
    }

    private void write() {
        if (!closed.get() && writing.compareAndSet(false, true)) {
            senders.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Set<DataWithMediaType> next;
            while (!closed.get() && (next = pending.getAndSet(null)) != null) {
                emitter.send(next);
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or its write timed out: the container ends the request; forget it now.
            close();
        } finally {
            writing.set(false);
        }
        if (pending.get() != null) {
            write();
        }
    }

    /** Idempotent: from the emitter's completion, timeout and error callbacks, a failed write, or shutdown. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            pending.set(null);
            onClose.accept(this);
        }
    }
}
