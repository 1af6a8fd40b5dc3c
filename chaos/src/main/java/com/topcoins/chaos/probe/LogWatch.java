package com.topcoins.chaos.probe;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** Follows the front API's log from where it stood when the suite started: lines added, OutOfMemoryError and shutdown lines. */
public final class LogWatch {

    private final Path file;
    private final LogCounter counter = new LogCounter();
    private long position;

    public LogWatch(Path file) {
        this.file = file;
        this.position = file.toFile().length();
    }

    /** Reads what was appended since the last call. */
    public synchronized void poll() {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() < position) {
                position = 0; // truncated or replaced: start over
            }
            in.seek(position);
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                counter.feed(buffer, n);
                position += n;
            }
        } catch (IOException e) {
            // the log is gone or unreadable: counts stay where they were
        }
    }

    public synchronized long lines() {
        return counter.lines();
    }

    public synchronized long oomLines() {
        return counter.oomLines();
    }

    public synchronized long gracefulShutdowns() {
        return counter.shutdownLines();
    }
}
