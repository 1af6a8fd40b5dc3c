package com.topcoins.chaos.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front API's live heap: a full GC through jcmd, then the heap's used total. Used-after-GC is what the
 * attack's connections actually hold; the used figure at a random moment is mostly garbage not yet collected.
 */
public final class HeapProbe {

    /** The lines naming a whole heap or generation: "tenured generation   total 65536K, used 41234K [...". */
    private static final Pattern SPACE = Pattern.compile("^\\s*(\\S.*?)\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K", Pattern.MULTILINE);

    /** What jcmd printed and the used total parsed from it (empty when it failed). */
    public record Result(OptionalLong usedKib, String output) {
    }

    private final long pid;
    private final Duration timeout;

    public HeapProbe(long pid, Duration timeout) {
        this.pid = pid;
        this.timeout = timeout;
    }

    public Result afterGc() {
        String gc = jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        return new Result(usedKib(info), "$ jcmd " + pid + " GC.run\n" + gc + "\n$ jcmd " + pid + " GC.heap_info\n" + info);
    }

    /**
     * Sums the used totals of the heap's top-level spaces (young and old generation for Serial and Parallel,
     * the one region heap for G1); eden, survivor, Metaspace and class space lines are not heap totals.
     */
    public static OptionalLong usedKib(String heapInfo) {
        Matcher m = SPACE.matcher(heapInfo);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("metaspace") || name.contains("class space")) {
                continue;
            }
            used += Long.parseLong(m.group(3));
            found = true;
        }
        return found ? OptionalLong.of(used) : OptionalLong.empty();
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = List.of(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", String.valueOf(pid), command);
        Path output = null;
        try {
            // Into a file, not a pipe: a pipe nobody reads while waiting could fill and stall jcmd.
            output = Files.createTempFile("chaos-jcmd", ".txt");
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "(jcmd did not answer within " + timeout.toSeconds() + " s)";
            }
            return Files.readString(output, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(jcmd failed: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
