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
 * The front API's live heap: a full GC through jcmd, then what the old generation holds (the whole heap
 * for a one-region collector). The attack keeps running, so the young generation fills again at once with
 * garbage; the old generation right after a full collection is what the attack's connections and the
 * caches actually hold.
 */
public final class HeapProbe {

    /** The lines naming a whole heap or generation: "tenured generation   total 65536K, used 41234K [...". */
    private static final Pattern SPACE =
            Pattern.compile("^\\s*(\\S.*?)\\s+total\\s+(\\d+)K,\\s+used\\s+(\\d+)K", Pattern.MULTILINE);

    /** What jcmd printed and the used total parsed from it (empty when it failed). */
    public record Result(OptionalLong usedKib, String output) {}

    private final long pid;
    private final Duration timeout;

    public HeapProbe(long pid, Duration timeout) {
        this.pid = pid;
        this.timeout = timeout;
    }

    public Result afterGc() {
        String gc = jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        return new Result(
                usedKib(info), "$ jcmd " + pid + " GC.run\n" + gc + "\n$ jcmd " + pid + " GC.heap_info\n" + info);
    }

    /**
     * The old generation's used total ("tenured generation" for Serial, "ParOldGen" for Parallel), or else
     * the sum of the heap's top-level spaces (the one region heap of G1); Metaspace and class space are not heap.
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
            if (name.contains("tenured") || name.contains("oldgen")) {
                return OptionalLong.of(Long.parseLong(m.group(3)));
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
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
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
