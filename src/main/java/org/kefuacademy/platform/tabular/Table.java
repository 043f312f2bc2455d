package org.kefuacademy.platform.tabular;

import java.util.List;

/**
 * A report grid as it leaves the application: a sheet name, column headings and rows of cells.
 * Cells are {@code String}, {@code Number}, {@code java.time.LocalDate}, {@code java.time.Instant} or null.
 */
public record Table(String sheetName, List<String> headers, List<List<?>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
