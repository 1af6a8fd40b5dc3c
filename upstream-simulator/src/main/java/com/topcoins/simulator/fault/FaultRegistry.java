package com.topcoins.simulator.fault;

import com.topcoins.simulator.upstream.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The queue of faults to inject.
 *
 * <p>Semantics: every fault sees every request of its API from the moment it is registered. While its
 * {@code skip} budget lasts, a request only uses up one unit of that budget. After that the fault is armed;
 * of the armed faults, the first registered applies to the request and uses up one unit of its {@code count}.
 * A fault whose count reaches 0 disappears.
 */
@Component
public class FaultRegistry {

    private final FaultProperties properties;
    private final List<QueuedFault> queue = new ArrayList<>();
    private long nextId = 1;

    public FaultRegistry(FaultProperties properties) {
        this.properties = properties;
    }

    /** {@code delay} and {@code age} null for the defaults of {@code kind}. */
    public synchronized FaultView add(Api api, FaultKind kind, int count, int skip, Duration delay, Duration age) {
        QueuedFault fault = new QueuedFault(
                nextId++, api, kind, count, skip, delay == null ? defaultDelay(kind) : delay, replayAge(kind, age));
        queue.add(fault);
        return fault.view();
    }

    public synchronized List<FaultView> list() {
        return queue.stream().map(QueuedFault::view).toList();
    }

    public synchronized void clear() {
        queue.clear();
    }

    /** Decides the fault (if any) for the next request to {@code api}, updating the budgets. */
    public synchronized Optional<FaultPlan> next(Api api) {
        QueuedFault chosen = null;
        for (Iterator<QueuedFault> it = queue.iterator(); it.hasNext(); ) {
            QueuedFault fault = it.next();
            if (fault.api != api) {
                continue;
            }
            if (fault.skip > 0) {
                fault.skip--;
                continue;
            }
            if (chosen == null) {
                chosen = fault;
                fault.applied++;
                if (fault.remaining > 0 && --fault.remaining == 0) {
                    it.remove();
                }
            }
        }
        return Optional.ofNullable(chosen).map(f -> new FaultPlan(f.kind, f.delay, f.age));
    }

    private Duration defaultDelay(FaultKind kind) {
        return switch (kind) {
            case LATENCY -> properties.latencyDelay();
            case TIMEOUT -> properties.timeoutDelay();
            default -> Duration.ZERO;
        };
    }

    /** Only REPLAY moves times; for the other kinds an age is ignored, so it is not shown either. */
    private Duration replayAge(FaultKind kind, Duration age) {
        if (kind != FaultKind.REPLAY) {
            return Duration.ZERO;
        }
        return age == null ? properties.replayAge() : age;
    }

    /** Mutable bookkeeping; only touched under the registry's lock. */
    private static final class QueuedFault {
        final long id;
        final Api api;
        final FaultKind kind;
        final Duration delay;
        final Duration age;
        int remaining;
        int skip;
        int applied;

        QueuedFault(long id, Api api, FaultKind kind, int remaining, int skip, Duration delay, Duration age) {
            this.id = id;
            this.api = api;
            this.kind = kind;
            this.remaining = remaining;
            this.skip = skip;
            this.delay = delay;
            this.age = age;
        }

        FaultView view() {
            return new FaultView(id, api, kind, remaining, skip, delay.toMillis(), age.toSeconds(), applied);
        }
    }
}
