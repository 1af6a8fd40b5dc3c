package com.topcoins.chaos.report;

import com.topcoins.chaos.Settings;
import java.time.Instant;
import java.util.List;

/** What the report says about the run besides its results: how it was started, where, with which load. */
public record ReportContext(
        String command,
        Instant generatedAt,
        String nproc,
        String javaVersion,
        Settings settings,
        String target,
        String normalSource,
        String attackerSource,
        List<String> rawFiles) {}
