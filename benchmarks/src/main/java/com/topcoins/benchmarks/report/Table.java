package com.topcoins.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A result table, written as a Markdown fragment for docs/benchmarks.md and as gnuplot data. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public void add(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        System.out.println(String.join(" | ", row));
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    /** Whitespace-separated columns, header as a comment; cells must not contain spaces. */
    public void writeData(Path file) {
        StringBuilder out =
                new StringBuilder("# ").append(String.join(" ", header)).append('\n');
        for (List<String> row : rows) {
            out.append(String.join(
                            " ", row.stream().map(c -> c.replace(' ', '_')).toList()))
                    .append('\n');
        }
        write(file, out.toString());
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fmt(double value) {
        return value >= 100 ? String.valueOf(Math.round(value)) : "%.2f".formatted(value);
    }
}
