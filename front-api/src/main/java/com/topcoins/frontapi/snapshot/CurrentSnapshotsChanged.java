package com.topcoins.frontapi.snapshot;

/** Published when the snapshot pair answers are built from changes: a source published, or one vanished. */
public record CurrentSnapshotsChanged(SnapshotPair current) {}
