package com.topcoins.chaos.fault;

import com.topcoins.chaos.phase.Timeline;
import com.topcoins.chaos.probe.ProcessProbe;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the dependency-fault phases: MongoDB or Redis is stopped, killed or emptied at the process level (through
 * chaos/stores.sh) while probes measure what clients get before, during and after. The store is always given
 * back (SIGCONT, restart) before a phase returns, even when the phase fails.
 */
public final class FaultRunner {

    public static final String CACHED = "cached";
    public static final String UNCACHED = "uncached";
    public static final String LIVENESS = "liveness";
    public static final String READINESS = "readiness";

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final FaultSettings settings;
    private final InetSocketAddress api;
    private final InetSocketAddress management;
    private final InetAddress normalSource;
    private final Stores stores;
    private final ProcessProbe front;
    private final Windows windows;

    public FaultRunner(
            FaultSettings settings,
            InetSocketAddress api,
            InetSocketAddress management,
            InetAddress normalSource,
            Stores stores,
            ProcessProbe front,
            int depth) {
        this.settings = settings;
        this.api = api;
        this.management = management;
        this.normalSource = normalSource;
        this.stores = stores;
        this.front = front;
        this.windows = new Windows(depth);
    }

    public FaultResult run(FaultKind kind) {
        return switch (kind) {
            case MONGO_HANG -> mongoHang();
            case MONGO_EMPTY -> mongoEmpty();
            case REDIS_HANG, REDIS_KILL -> redis(kind);
        };
    }

    private FaultResult mongoHang() {
        FaultKind kind = FaultKind.MONGO_HANG;
        Map<String, Long> moments = new LinkedHashMap<>();
        Prober cached = prober(
                CACHED, api, List.of(normalSource), () -> FaultSettings.CACHED_PATH, settings.cachedRate(), false);
        Prober uncached = prober(
                UNCACHED, api, addresses(3, settings.uncachedSources()), windows::next, settings.uncachedRate(), false);
        Prober liveness = prober(
                LIVENESS,
                management,
                List.of(normalSource),
                () -> FaultSettings.LIVENESS_PATH,
                settings.healthRate(),
                false);
        Prober readiness = prober(
                READINESS,
                management,
                List.of(normalSource),
                () -> FaultSettings.READINESS_PATH,
                settings.healthRate(),
                false);
        List<Prober> probers = List.of(cached, uncached, liveness, readiness);
        say("%s: warming %s", kind.title, FaultSettings.CACHED_PATH);
        cached.once(FaultSettings.CACHED_PATH);
        long start = System.nanoTime();
        probers.forEach(Prober::start);
        say("%s: before, %d s", kind.title, settings.before().toSeconds());
        await(settings.before(), () -> progress(probers));
        String note = "";
        long faultStart = System.nanoTime();
        long faultStop;
        Stores.Result stop = stores.store("stop", "mongo");
        try {
            if (!stop.ok()) {
                note = "could not SIGSTOP MongoDB: " + stop.output();
                faultStop = faultStart = System.nanoTime();
            } else {
                faultStart = stop.endNanos();
                moments.put(FaultResult.FAULT, faultStart);
                say(
                        "%s: MongoDB stopped (SIGSTOP) for %d s",
                        kind.title, settings.mongoHang().toSeconds());
                await(settings.mongoHang(), () -> progress(probers));
                faultStop = System.nanoTime();
            }
        } finally {
            Stores.Result cont = stores.store("cont", "mongo");
            if (stop.ok()) {
                faultStop = cont.endNanos();
                moments.put(FaultResult.RESUMED, faultStop);
                if (!cont.ok()) {
                    note = "could not SIGCONT MongoDB: " + cont.output();
                }
            }
        }
        say(
                "%s: MongoDB resumed (SIGCONT); after, %d s",
                kind.title, settings.after().toSeconds());
        await(settings.after(), () -> progress(probers));
        List<Exchange> exchanges = stopAll(probers);
        long end = System.nanoTime();
        return done(new FaultResult(
                kind,
                true,
                note,
                new Timeline(start, faultStart, faultStop, end),
                moments,
                exchanges,
                List.of(),
                List.of(),
                front.alive()));
    }

    private FaultResult mongoEmpty() {
        FaultKind kind = FaultKind.MONGO_EMPTY;
        Map<String, Long> moments = new LinkedHashMap<>();
        List<IngestRun> runs = new ArrayList<>();
        Prober cached = prober(
                CACHED, api, List.of(normalSource), () -> FaultSettings.CACHED_PATH, settings.cachedRate(), true);
        Prober uncached = prober(
                UNCACHED, api, addresses(3, settings.uncachedSources()), windows::next, settings.uncachedRate(), true);
        List<Prober> probers = List.of(cached, uncached);
        cached.once(FaultSettings.CACHED_PATH);
        long start = System.nanoTime();
        probers.forEach(Prober::start);
        say("%s: before, %d s", kind.title, settings.before().toSeconds());
        await(settings.before(), () -> progress(probers));
        String note = "";
        Stores.Result kill = stores.store("kill", "mongo");
        long faultStart = kill.endNanos();
        long faultStop = faultStart;
        if (!kill.ok()) {
            note = "could not kill MongoDB: " + kill.output();
        } else {
            moments.put(FaultResult.FAULT, faultStart);
            Stores.Result up = stores.store("start", "mongo");
            moments.put(FaultResult.STORE_UP, up.endNanos());
            if (!up.ok()) {
                note = "could not start a new MongoDB: " + up.output();
            } else {
                say(
                        "%s: MongoDB killed and restarted empty in %.1f s; ingestion run of CoinMarketCap (prices)",
                        kind.title, (up.endNanos() - faultStart) / 1e9);
                IngestRun prices = stores.ingest("coinmarketcap", "refill", kind.slug() + "-coinmarketcap");
                runs.add(prices);
                moments.put(FaultResult.PRICES, prices.endNanos());
                say(
                        "%s: %s (%.1f s); %d s with prices only, then CryptoCompare (ranking)",
                        kind.title,
                        prices.outcome(),
                        prices.wallSeconds(),
                        settings.secondJobDelay().toSeconds());
                await(settings.secondJobDelay(), () -> progress(probers));
                IngestRun ranking = stores.ingest("cryptocompare", "refill", kind.slug() + "-cryptocompare");
                runs.add(ranking);
                moments.put(FaultResult.RANKING, ranking.endNanos());
                faultStop = ranking.endNanos();
                say("%s: %s (%.1f s)", kind.title, ranking.outcome(), ranking.wallSeconds());
            }
        }
        if (faultStop == faultStart) {
            faultStop = System.nanoTime();
        }
        say(
                "%s: both sources refilled; after, %d s",
                kind.title, settings.emptyAfter().toSeconds());
        await(settings.emptyAfter(), () -> progress(probers));
        List<Exchange> exchanges = stopAll(probers);
        long end = System.nanoTime();
        return done(new FaultResult(
                kind,
                true,
                note,
                new Timeline(start, faultStart, faultStop, end),
                moments,
                exchanges,
                List.of(),
                runs,
                front.alive()));
    }

    private FaultResult redis(FaultKind kind) {
        boolean hang = kind == FaultKind.REDIS_HANG;
        Map<String, Long> moments = new LinkedHashMap<>();
        List<IngestRun> runs = new ArrayList<>();
        Prober warm = prober(CACHED, api, List.of(normalSource), () -> FaultSettings.CACHED_PATH, 1, false);
        FaultSettings.THROUGHPUT_PATHS.forEach(warm::once);
        ThroughputClient client = new ThroughputClient(
                api,
                addresses(2, settings.throughputSources()),
                settings.connections(),
                FaultSettings.THROUGHPUT_PATHS,
                settings.requestTimeout());
        long start = System.nanoTime();
        client.start();
        Runnable progress = () -> say("  throughput client: %d answers", client.count());
        say(
                "%s: before: throughput client on %d connections, a baseline ingestion run (CoinMarketCap)",
                kind.title, settings.connections());
        await(Duration.ofSeconds(1), progress);
        IngestRun baseline = stores.ingest("coinmarketcap", "baseline", kind.slug() + "-baseline");
        runs.add(baseline);
        say(
                "%s: baseline run: %s (%.1f s); %d s without a run",
                kind.title,
                baseline.outcome(),
                baseline.wallSeconds(),
                settings.cleanBefore().toSeconds());
        moments.put(FaultResult.CLEAN_FROM, System.nanoTime());
        await(settings.cleanBefore(), progress);
        String note = "";
        long faultStart = System.nanoTime();
        long faultStop = faultStart;
        CompletableFuture<IngestRun> during = null;
        Stores.Result fault = stores.store(hang ? "stop" : "kill", "redis");
        try {
            if (!fault.ok()) {
                note = "could not " + (hang ? "SIGSTOP" : "kill") + " Redis: " + fault.output();
            } else {
                faultStart = fault.endNanos();
                moments.put(FaultResult.FAULT, faultStart);
                say(
                        "%s: Redis %s for %d s; an ingestion run (CoinMarketCap) during it",
                        kind.title,
                        hang ? "stopped (SIGSTOP)" : "killed (kill -9)",
                        (hang ? settings.redisHang() : settings.redisDown()).toSeconds());
                during = CompletableFuture.supplyAsync(
                        () -> stores.ingest("coinmarketcap", "during the fault", kind.slug() + "-during"));
                await(hang ? settings.redisHang() : settings.redisDown(), progress);
            }
        } finally {
            if (fault.ok() || hang) {
                Stores.Result back = stores.store(hang ? "cont" : "start", "redis");
                if (fault.ok()) {
                    faultStop = back.endNanos();
                    moments.put(hang ? FaultResult.RESUMED : FaultResult.STORE_UP, faultStop);
                }
                if (!back.ok()) {
                    note = (note.isEmpty() ? "" : note + "; ") + "could not " + (hang ? "SIGCONT" : "restart")
                            + " Redis: " + back.output();
                }
            }
        }
        if (faultStop == faultStart) {
            faultStop = System.nanoTime();
        }
        say(
                "%s: Redis %s; after, %d s",
                kind.title,
                hang ? "resumed (SIGCONT)" : "restarted",
                settings.after().toSeconds());
        await(settings.after(), progress);
        if (during != null) {
            try {
                runs.add(during.get(settings.jobTimeout().toSeconds() + 30, TimeUnit.SECONDS));
            } catch (Exception e) {
                note = (note.isEmpty() ? "" : note + "; ") + "the ingestion run during the fault did not end: " + e;
            }
        }
        List<Completion> completions = client.stop();
        long end = System.nanoTime();
        return done(new FaultResult(
                kind,
                true,
                note,
                new Timeline(start, faultStart, faultStop, end),
                moments,
                List.of(),
                completions,
                runs,
                front.alive()));
    }

    private FaultResult done(FaultResult result) {
        say(
                "%s: done in %.0f s%s",
                result.kind().title,
                (result.timeline().end() - result.timeline().start()) / 1e9,
                result.note().isEmpty() ? "" : " (" + result.note() + ")");
        return result;
    }

    private Prober prober(
            String name,
            InetSocketAddress target,
            List<InetAddress> sources,
            Supplier<String> paths,
            int rate,
            boolean checkRows) {
        return new Prober(name, target, sources, paths, rate, settings.requestTimeout(), checkRows);
    }

    /** Stops every probe at once (each waits for its requests in flight) and merges their requests. */
    private static List<Exchange> stopAll(List<Prober> probers) {
        List<CompletableFuture<List<Exchange>>> stopping = probers.stream()
                .map(p -> CompletableFuture.supplyAsync(p::stop))
                .toList();
        List<Exchange> all = new ArrayList<>();
        stopping.forEach(f -> all.addAll(f.join()));
        all.sort(java.util.Comparator.comparingLong(Exchange::scheduledNanos));
        return all;
    }

    private static void progress(List<Prober> probers) {
        StringBuilder line = new StringBuilder(" ");
        for (Prober prober : probers) {
            List<Exchange> sofar = prober.snapshot();
            Map<String, Long> answers = new java.util.TreeMap<>();
            sofar.forEach(e -> answers.merge(e.answer(), 1L, Long::sum));
            line.append(' ').append(prober.name()).append(' ').append(answers);
        }
        say("%s", line);
    }

    /** 127.0.N.1, 127.0.N.2, …: source addresses of a client class, so the door's per-client limits stay out of the way. */
    static List<InetAddress> addresses(int third, int count) {
        List<InetAddress> addresses = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            try {
                addresses.add(InetAddress.getByAddress(new byte[] {127, 0, (byte) third, (byte) i}));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        return addresses;
    }

    private static void await(Duration duration, Runnable progress) {
        long deadline = System.nanoTime() + duration.toNanos();
        long next = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() >= next) {
                next += PROGRESS_EVERY.toNanos();
                progress.run();
            }
            try {
                Thread.sleep(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void say(String format, Object... args) {
        System.out.println("[chaos] " + format.formatted(args));
    }
}
