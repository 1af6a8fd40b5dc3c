package com.topcoins.chaos.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The front API process as the kernel sees it: its resident memory and whether it still runs. */
public final class ProcessProbe {

    private final Path status;

    public ProcessProbe(long pid) {
        this.status = Path.of("/proc", String.valueOf(pid), "status");
    }

    /** Empty once the process is gone. */
    public OptionalLong rssKib() {
        String text = read();
        return text == null ? OptionalLong.empty() : vmRssKib(text);
    }

    /** A zombie has exited already; only its parent has not collected it yet. */
    public boolean alive() {
        String text = read();
        return text != null && !zombie(text);
    }

    private String read() {
        try {
            return Files.readString(status);
        } catch (IOException e) {
            return null;
        }
    }

    static OptionalLong vmRssKib(String statusText) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String value = line.substring("VmRSS:".length()).trim();
                return OptionalLong.of(Long.parseLong(value.split("\\s+")[0]));
            }
        }
        return OptionalLong.empty();
    }

    static boolean zombie(String statusText) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith("State:")) {
                String state = line.substring("State:".length()).trim();
                return state.startsWith("Z") || state.startsWith("X");
            }
        }
        return false;
    }
}
