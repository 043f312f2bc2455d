package org.kefuacademy.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for one table, written as multi-row INSERTs of {@link #CHUNK} rows (one round trip each, whatever
 * the driver's batch options). Instants are written as UTC datetimes, as Hibernate does with
 * {@code jdbc.time_zone=UTC}.
 */
final class Rows {
    static final int CHUNK = 500;
    private final Connection connection;
    private final String table;
    private final String[] columns;
    private final List<Object[]> pending = new ArrayList<>(CHUNK);
    private PreparedStatement full;
    private long written;

    Rows(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
    }

    void add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        pending.add(values);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            PreparedStatement ps;
            if (pending.size() == CHUNK) {
                if (full == null) {
                    full = connection.prepareStatement(sql(CHUNK));
                }
                ps = full;
            } else {
                ps = connection.prepareStatement(sql(pending.size()));
            }
            int i = 1;
            for (Object[] row : pending) {
                for (Object v : row) {
                    ps.setObject(i++, jdbc(v));
                }
            }
            ps.executeUpdate();
            if (ps != full) {
                ps.close();
            }
            written += pending.size();
            pending.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + table + " failed", e);
        }
    }

    long written() {
        return written;
    }

    String table() {
        return table;
    }

    private String sql(int rows) {
        String tuple = "(" + "?,".repeat(columns.length - 1) + "?)";
        StringBuilder sb = new StringBuilder("insert into ").append(table).append(" (").append(String.join(",", columns)).append(") values ");
        for (int r = 0; r < rows; r++) {
            sb.append(r == 0 ? "" : ",").append(tuple);
        }
        return sb.toString();
    }

    private static Object jdbc(Object v) {
        if (v instanceof Instant i) {
            return java.time.LocalDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
        }
        return v;
    }
}
