package org.kefuacademy.platform.privacy;

import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and blanks a feature's rows about one person for its {@link PersonalDataSource}. An export
 * selects whole rows ({@code select t.* ...}), so a column added later is exported without anyone
 * remembering to; values come back as JSON-friendly types (times as UTC {@code Instant}, dates as
 * {@code LocalDate}). Runs inside the caller's transaction, so one anonymisation is all or nothing.
 */
@Component
public class PersonalRows {
    private final JdbcTemplate jdbc;

    PersonalRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row the query returns, each tagged with {@code "record": kind} so mixed sections stay readable. */
    public List<Map<String, Object>> rows(String kind, String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> row(kind, rs), args);
    }

    /** An update (blanking free text); returns the number of rows changed. */
    public int update(String sql, Object... args) {
        return jdbc.update(sql, args);
    }

    private static Map<String, Object> row(String kind, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("record", kind);
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value(rs, i, meta.getColumnType(i)));
        }
        return row;
    }

    /** Times are stored in UTC (hibernate.jdbc.time_zone), so they are read as local date-times and placed at UTC. */
    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.TIMESTAMP -> {
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                yield t == null ? null : t.toInstant(ZoneOffset.UTC);
            }
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            default -> rs.getObject(i);
        };
        if (v instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return v instanceof byte[] ? null : v;
    }
}
