package kefu.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Creates the load test's trainees straight in the application's database, outside the product's
 * code path: N accounts {@code load.00001 ...} with the TRAINEE role and a bcrypt password in the
 * form the application's DelegatingPasswordEncoder reads ({@code {bcrypt}$2a$10$...}), all members
 * of one cohort that started three weeks ago, so the week-1 assessment is open for each of them.
 * Running it again adds only the accounts that are missing.
 *
 * <p>Usage: {@code CreateTrainees JDBC_URL USER PASSWORD COUNT TRAINEE_PASSWORD}
 */
public final class CreateTrainees {
    public static final String PREFIX = "load.";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[3]);
        String password = args[4];
        // One hash for all: bcrypt salts each hash, but the sign-in only has to verify, and 500 hashes
        // at cost 10 would take a minute on this machine for nothing.
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
        Instant now = Instant.now();
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(3);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long cohort = cohort(db, "压测 " + start + " 开班", start, now);
            int made = 0;
            try (PreparedStatement exists = db.prepareStatement("select id from account where username = ?");
                 PreparedStatement account = db.prepareStatement("""
                         insert into account (username, display_name, password_hash, enabled, employee_no, created_at,
                           updated_at, version, password_change_required, failed_sign_ins)
                         values (?, ?, ?, true, ?, ?, ?, 0, false, 0)""", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement role = db.prepareStatement("insert into account_role (account_id, role_name) values (?, 'TRAINEE')");
                 PreparedStatement member = db.prepareStatement("""
                         insert into cohort_member (cohort_id, account_id, member_role, joined_at, status)
                         values (?, ?, 'TRAINEE', ?, 'ACTIVE')""")) {
                for (int i = 1; i <= count; i++) {
                    String username = username(i);
                    exists.setString(1, username);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                    account.setString(1, username);
                    account.setString(2, "压测学员" + i);
                    account.setString(3, hash);
                    account.setString(4, "LT" + String.format("%05d", i));
                    account.setTimestamp(5, Timestamp.from(now));
                    account.setTimestamp(6, Timestamp.from(now));
                    account.executeUpdate();
                    long id;
                    try (ResultSet keys = account.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    role.setLong(1, id);
                    role.executeUpdate();
                    member.setLong(1, cohort);
                    member.setLong(2, id);
                    member.setTimestamp(3, Timestamp.from(now));
                    member.executeUpdate();
                    made++;
                }
            }
            db.commit();
            System.out.println("trainees: " + made + " created, " + count + " wanted, cohort " + cohort + " started " + start);
        }
    }

    public static String username(int i) {
        return PREFIX + String.format("%05d", i);
    }

    private static long cohort(Connection db, String name, LocalDate start, Instant now) throws Exception {
        try (PreparedStatement find = db.prepareStatement("select id from cohort where name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("""
                insert into cohort (name, start_date, created_at, updated_at, version, assessment_needs_modules)
                values (?, ?, ?, ?, 0, false)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setObject(2, start);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
