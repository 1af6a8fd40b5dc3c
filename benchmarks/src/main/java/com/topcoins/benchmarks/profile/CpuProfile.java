package com.topcoins.benchmarks.profile;

import com.topcoins.benchmarks.report.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spends its CPU on one kind of request: the JFR execution samples recorded while the benchmark
 * loaded it, each put in the first part of the work (in the order of its {@link Parts}) that its stack passes
 * through, and the process's CPU time per request split by those shares. CPU only: a thread waiting on a socket
 * is not sampled.
 *
 * <p>Arguments: the Markdown file to write, then per recording four: the parts ({@link Parts}), the name of the
 * process and load, the recording, the process's CPU milliseconds per request over the load (from {@code /proc}).
 */
public final class CpuProfile {

    /** A part of the work: the samples whose stack passes through a method whose name contains one of these. */
    record Part(String name, List<String> frames) {

        Part(String name, String... frames) {
            this(name, List.of(frames));
        }

        boolean has(RecordedFrame frame) {
            String method = frame.getMethod().getType().getName() + "."
                    + frame.getMethod().getName();
            return frames.stream().anyMatch(method::contains);
        }
    }

    /** The parts of a process's work, tried in this order; the samples of none are "other". */
    enum Parts {
        /** The front API answering a cache miss. */
        MISS(
                new Part("rendering the JSON (Jackson)", "TopRenderer.render"),
                new Part("the query: driver, decoding into records", "SnapshotStore.rankingWindow"),
                new Part("merging with the prices", "PriceIndex."),
                new Part("writing the answer to the client", "HttpEntityMethodProcessor.handleReturnValue")),
        /** The in-memory MongoDB answering the query of a cache miss. */
        MONGO(
                new Part("sorting the matches in memory", "DocumentComparator."),
                new Part("projecting the fields", "Projection."),
                new Part(
                        "matching: every retained document of the collection scanned",
                        "DefaultQueryMatcher.",
                        "AbstractMongoCollection.documentMatchesQuery",
                        "MemoryCollection.matchDocuments"),
                new Part("encoding the reply (BSON)", "BsonEncoder.", "MongoWireMessageEncoder.")),
        /** The front API serving a cached answer, or the ceiling serving its bytes. */
        WARM(
                new Part("Spring's cache abstraction: the @Cacheable lookup", "CacheAspectSupport."),
                new Part(
                        "the conditional request: ETag, Last-Modified, the 304 check",
                        "checkNotModified",
                        "isResourceNotModified",
                        "TopController.etag"),
                new Part("the controller, the rest: query, headers, Cache-Control", "TopController."),
                new Part(
                        "Spring MVC: content negotiation, writing the body",
                        "HttpEntityMethodProcessor.handleReturnValue",
                        "RequestResponseBodyMethodProcessor.handleReturnValue"),
                new Part("Spring MVC: dispatch, handler lookup, arguments", "DispatcherServlet."),
                new Part("request metrics (Micrometer observation)", "io.micrometer."),
                new Part("the front door's filters", "com.topcoins.frontapi.door."),
                new Part("Tomcat: parsing, writing to the socket, the rest of a request", "org.apache."));

        private final List<Part> parts;

        Parts(Part... parts) {
            this.parts = List.of(parts);
        }
    }

    public static void main(String[] args) {
        Table table = new Table("process, load", "part of the work", "samples", "share", "CPU ms per request");
        for (int i = 1; i + 3 < args.length; i += 4) {
            Map<String, Integer> shares = shares(Path.of(args[i + 2]), Parts.valueOf(args[i]).parts);
            add(table, args[i + 1], shares, Double.parseDouble(args[i + 3]));
        }
        Table.write(Path.of(args[0]), table.markdown());
    }

    /** Each part's samples, its share of them, and that share of the process's CPU time per request. */
    private static void add(Table table, String process, Map<String, Integer> shares, double cpuMillisPerRequest) {
        double total =
                Math.max(1, shares.values().stream().mapToInt(Integer::intValue).sum());
        shares.forEach((part, samples) -> table.add(
                process,
                part,
                samples,
                "%.0f %%".formatted(100 * samples / total),
                "%.3f".formatted(cpuMillisPerRequest * samples / total)));
    }

    /** Samples per part, and "other" for the rest, in the parts' order. */
    static Map<String, Integer> shares(Path recording, List<Part> parts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        parts.forEach(part -> counts.put(part.name(), 0));
        counts.put("other", 0);
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    counts.merge(partOf(event.getStackTrace().getFrames(), parts), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    static String partOf(List<RecordedFrame> frames, List<Part> parts) {
        return parts.stream()
                .filter(part -> frames.stream().anyMatch(part::has))
                .map(Part::name)
                .findFirst()
                .orElse("other");
    }
}
