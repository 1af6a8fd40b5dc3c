package com.topcoins.chaos.fault;

import com.topcoins.chaos.phase.Timeline;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Everything measured in one fault phase. The timeline's "attack" window is the fault: from the signal (or
 * kill) until the store is back (SIGCONT, restart) or, for mongo-empty, until both sources have published
 * again. A phase that did not run has {@code ran == false} and only its kind and note.
 *
 * @param moments     named moments of the phase (signals, restarts, runs ending), in {@link System#nanoTime()}
 * @param exchanges   the probes' requests (mongo phases)
 * @param completions the throughput client's requests (redis phases)
 * @param runs        the ingestion runs the phase started
 */
public record FaultResult(
        FaultKind kind,
        boolean ran,
        String note,
        Timeline timeline,
        Map<String, Long> moments,
        List<Exchange> exchanges,
        List<Completion> completions,
        List<IngestRun> runs,
        boolean aliveAtEnd) {

    public static final String FAULT = "fault";
    public static final String RESUMED = "resumed";
    public static final String CLEAN_FROM = "clean from";
    public static final String STORE_UP = "store up";
    public static final String PRICES = "CoinMarketCap run ended";
    public static final String RANKING = "CryptoCompare run ended";

    public static FaultResult notRun(FaultKind kind, String note) {
        return new FaultResult(kind, false, note, null, Map.of(), List.of(), List.of(), List.of(), false);
    }

    public OptionalLong moment(String name) {
        Long nanos = moments.get(name);
        return nanos == null ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    public List<Exchange> of(String probe) {
        return exchanges.stream().filter(e -> e.probe().equals(probe)).toList();
    }

    public java.util.Optional<IngestRun> run(String label) {
        return runs.stream().filter(r -> r.label().equals(label)).findFirst();
    }
}
