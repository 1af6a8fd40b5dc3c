package com.topcoins.chaos.phase;

import com.topcoins.chaos.Settings;
import com.topcoins.chaos.attack.Attack;
import com.topcoins.chaos.attack.AttackKind;
import com.topcoins.chaos.attack.Attacks;
import com.topcoins.chaos.attack.Target;
import com.topcoins.chaos.client.LatencyStats;
import com.topcoins.chaos.client.NormalClient;
import com.topcoins.chaos.client.Recovery;
import com.topcoins.chaos.client.Sample;
import com.topcoins.chaos.probe.HeapProbe;
import com.topcoins.chaos.probe.LogWatch;
import com.topcoins.chaos.probe.ProbeSample;
import com.topcoins.chaos.probe.RedisProbe;
import com.topcoins.chaos.probe.Sampler;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Runs one phase: the normal client alone, then with the attack, then alone again after the attack has
 * stopped and closed its sockets; probes run throughout. If the front API dies, the phase ends there.
 */
public final class PhaseRunner {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final Settings settings;
    private final Target target;
    private final InetAddress normalSource;
    private final Sampler sampler;
    private final RedisProbe redis;
    private final LogWatch log;
    private final HeapProbe heap;

    public PhaseRunner(
            Settings settings,
            Target target,
            InetAddress normalSource,
            Sampler sampler,
            RedisProbe redis,
            LogWatch log,
            HeapProbe heap) {
        this.settings = settings;
        this.target = target;
        this.normalSource = normalSource;
        this.sampler = sampler;
        this.redis = redis;
        this.log = log;
        this.heap = heap;
    }

    public PhaseResult run(AttackKind kind) {
        String name = kind.title;
        Attack attack = Attacks.create(kind, target, settings);
        NormalClient normal = new NormalClient(
                target.server(),
                normalSource,
                settings.normalPath(),
                settings.normalRatePerSecond(),
                settings.normalTimeout(),
                settings.normalPoolMax());

        long oomAtStart = sampler.sample().oomLines();
        RedisPoint redisAtStart = redisPoint();
        long start = System.nanoTime();
        normal.start();
        say("%s: before, %d s, normal client only", name, settings.before().toSeconds());
        String note = "";
        boolean died = !await(settings.before(), null, normal);
        long attackStart = System.nanoTime();
        long attackStop = attackStart;
        long linesAtStart = 0;
        long linesAtStop = 0;
        RedisPoint redisAtAttackStart = new RedisPoint(-1, -1);
        RedisPoint redisAtAttackStop = new RedisPoint(-1, -1);
        HeapProbe.Result heapResult = new HeapProbe.Result(OptionalLong.empty(), "(not taken: the front API was gone)");
        if (died) {
            note = "the front API died in the before window";
        } else {
            linesAtStart = sampler.sample().logLines();
            redisAtAttackStart = redisPoint();
            attackStart = System.nanoTime();
            say("%s: attack, %d s, from %s", name, settings.attack().toSeconds(), target.attackerDescription());
            attack.start();
            died = !await(settings.attack(), attack, normal);
            if (!died) {
                say("%s: heap after GC (jcmd GC.run, GC.heap_info) while the attack runs", name);
                heapResult = heap.afterGc();
                say("%s: %s", name, attack.progress());
            }
            attack.stop();
            attackStop = System.nanoTime();
            linesAtStop = sampler.sample().logLines();
            redisAtAttackStop = redisPoint();
            if (died) {
                note = "the front API died during the attack";
            } else {
                say(
                        "%s: attack stopped, its sockets closed; after, %d s",
                        name, settings.after().toSeconds());
                died = !await(settings.after(), null, normal);
                if (died) {
                    note = "the front API died in the after window";
                }
            }
        }
        long end = System.nanoTime();
        List<Sample> samples = normal.stop();
        ProbeSample last = sampler.sample();
        if (died && log.gracefulShutdowns() > 0) {
            note += " — stopped by a SIGTERM, not crashed: its log shows a graceful shutdown, so the local mode was"
                    + " stopped from outside the suite";
        }
        RedisPoint redisAtEnd = redisPoint();

        Timeline timeline = new Timeline(start, attackStart, attackStop, end);
        Map<Window, LatencyStats> stats = new EnumMap<>(Window.class);
        Map<Window, Long> rss = new EnumMap<>(Window.class);
        List<ProbeSample> probes = sampler.samplesBetween(start, System.nanoTime());
        for (Window window : Window.values()) {
            stats.put(
                    window,
                    LatencyStats.of(samples.stream()
                            .filter(s -> timeline.windowOf(s.scheduledNanos()) == window && s.scheduledNanos() < end)
                            .toList()));
            rss.put(
                    window,
                    probes.stream()
                            .filter(p -> p.nanos() >= timeline.from(window) && p.nanos() <= timeline.to(window))
                            .mapToLong(ProbeSample::rssKib)
                            .max()
                            .orElse(-1));
        }
        long redisMax = probes.stream()
                .filter(p -> p.nanos() >= timeline.attackStart() && p.nanos() <= timeline.attackStop())
                .mapToLong(ProbeSample::redisUsedBytes)
                .max()
                .orElse(-1);
        OptionalDouble recovery = Recovery.seconds(
                samples.stream().filter(s -> s.scheduledNanos() < end).toList(), attackStop, settings.recoveryRun());
        boolean alive = last.alive();
        PhaseResult result = new PhaseResult(
                kind,
                true,
                died,
                note,
                timeline,
                stats,
                recovery,
                rss,
                heapResult.usedKib(),
                heapResult.output(),
                redisAtStart,
                redisAtAttackStart,
                redisAtAttackStop,
                redisAtEnd,
                redisMax,
                last.oomLines() - oomAtStart,
                alive,
                Math.max(0, linesAtStop - linesAtStart),
                attack.report(),
                samples,
                probes);
        LatencyStats during = stats.get(Window.ATTACK);
        say(
                "%s: done; normal client during the attack: %d requests, p99 %s ms, %d errors; recovery %s; alive %s",
                name,
                during.count(),
                during.p99() == null ? "-" : "%.0f".formatted(during.p99()),
                during.errors(),
                recovery.isPresent() ? "%.2f s".formatted(recovery.getAsDouble()) : "none",
                alive ? "yes" : "NO");
        return result;
    }

    /**
     * Whether the front API serves the normal client: a run of consecutive successes within the gate's time.
     * A front API that is alive but answers nobody (its acceptor thread killed by an OutOfMemoryError, say) would
     * make every later phase measure the previous attack's damage, not its own attack.
     *
     * @return empty when ready, else why not
     */
    public Optional<String> ready(String after) {
        NormalClient probe = new NormalClient(
                target.server(),
                normalSource,
                settings.normalPath(),
                settings.normalRatePerSecond(),
                settings.normalTimeout(),
                1);
        long period = 1_000_000_000L / settings.normalRatePerSecond();
        long deadline = System.nanoTime() + settings.gateTimeout().toNanos();
        int sent = 0;
        int ok = 0;
        int streak = 0;
        while (System.nanoTime() < deadline && !sampler.died()) {
            long next = System.nanoTime() + period;
            Sample sample = probe.once();
            sent++;
            ok += sample.ok() ? 1 : 0;
            streak = sample.ok() ? streak + 1 : 0;
            if (streak == settings.recoveryRun()) {
                return Optional.empty();
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (sampler.died()) {
            return Optional.of("the front API died " + after);
        }
        return Optional.of(
                "the front API stopped serving %s: process alive, %d of %d requests answered in %d s, never %d in a row"
                        .formatted(after, ok, sent, settings.gateTimeout().toSeconds(), settings.recoveryRun()));
    }

    /** Waits out a window, printing progress; false as soon as the front API is gone. */
    private boolean await(Duration window, Attack attack, NormalClient normal) {
        long deadline = System.nanoTime() + window.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (System.nanoTime() < deadline) {
            if (sampler.died()) {
                say("the front API process is gone");
                return false;
            }
            if (System.nanoTime() >= nextProgress) {
                nextProgress += PROGRESS_EVERY.toNanos();
                List<Sample> sofar = normal.snapshot();
                long errors = sofar.stream().filter(s -> !s.ok()).count();
                say(
                        "  normal client %d requests, %d errors%s",
                        sofar.size(),
                        errors,
                        attack == null ? "" : "; " + attack.kind().title + ": " + attack.progress());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !sampler.died();
    }

    private RedisPoint redisPoint() {
        return new RedisPoint(redis.usedMemory().orElse(-1), redis.dbSize().orElse(-1));
    }

    static void say(String format, Object... args) {
        System.out.println("[chaos] " + format.formatted(args));
    }
}
