package com.topcoins.frontapi.stream;

import com.topcoins.frontapi.snapshot.SnapshotPair;
import com.topcoins.frontapi.top.AnswerKey;
import com.topcoins.frontapi.top.OutputFormat;

/** The rows and format a stream follows; every subscriber of one window gets the same rendering. */
record Window(int start, int limit, OutputFormat format) {

    AnswerKey answer(SnapshotPair snapshots) {
        return new AnswerKey(snapshots, start, limit, format, false);
    }
}
