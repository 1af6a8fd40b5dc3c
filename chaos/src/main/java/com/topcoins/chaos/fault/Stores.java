package com.topcoins.chaos.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's hands on MongoDB and Redis: chaos/stores.sh, which started them and knows their command lines
 * (start, kill, stop, cont) and how run-local.sh runs an ingestion service (ingest). Every call is bounded.
 */
public final class Stores {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(75);

    private final Path script;
    private final Path logs;
    private final Duration jobTimeout;

    public Stores(Path script, Path logs, Duration jobTimeout) {
        this.script = script;
        this.logs = logs;
        this.jobTimeout = jobTimeout;
    }

    /** What a store command did: when it returned (the signal was sent, the port is closed or open). */
    public record Result(int exitCode, String output, long startNanos, long endNanos) {

        public boolean ok() {
            return exitCode == 0;
        }

        public double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    /** start, kill, stop or cont of mongo or redis. */
    public Result store(String verb, String store) {
        long start = System.nanoTime();
        try {
            Process process = new ProcessBuilder(script.toString(), verb, store)
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            boolean done = process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                process.destroyForcibly();
                return new Result(
                        -1, "timed out after " + COMMAND_TIMEOUT.toSeconds() + " s", start, System.nanoTime());
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return new Result(process.exitValue(), output, start, System.nanoTime());
        } catch (IOException e) {
            return new Result(-1, String.valueOf(e.getMessage()), start, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted", start, System.nanoTime());
        }
    }

    /**
     * One ingestion run in mode once, on the caller's thread; its log goes to {@code logs/ingest-<name>.log}.
     * The script bounds it with {@code timeout}; this waits a little longer and then kills it.
     */
    public IngestRun ingest(String source, String label, String name) {
        Path log = logs.resolve("ingest-" + name + ".log");
        long start = System.nanoTime();
        int exit;
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "ingest", source))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("INGEST_TIMEOUT_SECONDS", String.valueOf(jobTimeout.toSeconds()));
            Process process = builder.start();
            process.getOutputStream().close();
            if (process.waitFor(jobTimeout.toMillis() + 15_000, TimeUnit.MILLISECONDS)) {
                exit = process.exitValue();
            } else {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                exit = 124;
            }
        } catch (IOException e) {
            return new IngestRun(
                    source,
                    label,
                    start,
                    System.nanoTime(),
                    -1,
                    java.util.OptionalLong.empty(),
                    0,
                    "could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        long end = System.nanoTime();
        String text;
        try {
            text = Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            text = "";
        }
        return IngestRun.of(source, label, start, end, exit, text);
    }
}
