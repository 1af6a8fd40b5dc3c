package com.topcoins.chaos.report;

import java.util.ArrayList;
import java.util.List;

/** A table of cells, rendered as Markdown for the report and as CSV for the raw data. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ")
                .append(String.join(" | ", header.stream().map(Table::cell).toList()))
                .append(" |\n");
        out.append('|').append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ")
                    .append(String.join(" | ", row.stream().map(Table::cell).toList()))
                    .append(" |\n");
        }
        return out.toString();
    }

    public String csv() {
        StringBuilder out = new StringBuilder(
                        String.join(",", header.stream().map(Table::csvCell).toList()))
                .append('\n');
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(Table::csvCell).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    /** A pipe would end the cell and a newline the row. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }

    static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
