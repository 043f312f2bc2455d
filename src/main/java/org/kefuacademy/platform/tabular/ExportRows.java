package org.kefuacademy.platform.tabular;

import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.platform.UserFacingException;

/**
 * Every row a lazily paged grid's filter selects, fetched page by page through the same service call
 * the grid uses, for an export. Refuses beyond {@link #MAX_ROWS} rather than write a partial file.
 */
public final class ExportRows {
    public static final int MAX_ROWS = 50_000;
    static final int PAGE = 500;

    /** A page of rows from {@code offset}, at most {@code limit} long; shorter when the rows run out. */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> page(int offset, int limit);
    }

    private ExportRows() {
    }

    public static <T> List<T> all(Pages<T> pages) {
        return all(pages, MAX_ROWS);
    }

    static <T> List<T> all(Pages<T> pages, int max) {
        List<T> rows = new ArrayList<>();
        while (true) {
            List<T> page = pages.page(rows.size(), PAGE);
            rows.addAll(page);
            if (rows.size() > max) {
                throw new UserFacingException("export.too-many-rows", max);
            }
            if (page.size() < PAGE) {
                return rows;
            }
        }
    }

    /** A list already in memory (bounded by its service), checked against the same cap. */
    public static <T> List<T> capped(List<T> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new UserFacingException("export.too-many-rows", MAX_ROWS);
        }
        return rows;
    }
}
