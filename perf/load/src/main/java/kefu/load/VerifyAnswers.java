package kefu.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * After a run: is every answer the simulation gave stored, and stored as given? The simulation
 * wrote one line per answered question (user, position, what it clicked or typed, in the page's
 * terms: item keys, which Vaadin numbers 1..n in the order shown). This turns each line into the
 * stored form the application must have written ({@code c:2,4}, {@code t:1}, {@code x:text},
 * {@code o:...}, {@code m:0=3,...}) using the question's type and shown order from
 * {@code attempt_answer}, and compares. It also counts stored answers the file does not mention.
 *
 * <p>Usage: {@code VerifyAnswers JDBC_URL USER PASSWORD ANSWERS_FILE [submitted-expected]}. Exit 1 on any difference.
 */
public final class VerifyAnswers {
    record Given(String username, int position, String kind, String value) {
    }

    record Stored(String type, String displayOrder, String response) {
    }

    public static void main(String[] args) throws Exception {
        List<Given> given = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            if (f.length == 4) {
                given.add(new Given(f[0], Integer.parseInt(f[1]), f[2], f[3]));
            }
        }
        boolean submittedExpected = args.length > 4 && Boolean.parseBoolean(args[4]);
        // Several lines for one question (answered again) keep the last.
        Map<String, Map<Integer, Given>> byUser = new TreeMap<>();
        for (Given g : given) {
            byUser.computeIfAbsent(g.username(), u -> new HashMap<>()).put(g.position(), g);
        }
        int matched = 0;
        int missing = 0;
        int different = 0;
        int extra = 0;
        int notSubmitted = 0;
        List<String> examples = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            for (var entry : byUser.entrySet()) {
                Attempt attempt = latestAttempt(db, entry.getKey());
                if (attempt == null) {
                    missing += entry.getValue().size();
                    examples.add(entry.getKey() + ": no attempt");
                    continue;
                }
                if (submittedExpected && "IN_PROGRESS".equals(attempt.status)) {
                    notSubmitted++;
                }
                for (var row : attempt.answers.entrySet()) {
                    Given g = entry.getValue().get(row.getKey());
                    Stored s = row.getValue();
                    if (g == null) {
                        if (s.response() != null) {
                            extra++;
                            examples.add(entry.getKey() + " #" + row.getKey() + ": stored " + s.response() + " but never given");
                        }
                        continue;
                    }
                    String expected = expected(g, s);
                    if (s.response() == null) {
                        missing++;
                        examples.add(entry.getKey() + " #" + row.getKey() + ": gave " + expected + ", nothing stored");
                    } else if (!s.response().equals(expected)) {
                        different++;
                        examples.add(entry.getKey() + " #" + row.getKey() + ": gave " + expected + ", stored " + s.response());
                    } else {
                        matched++;
                    }
                }
                for (int position : entry.getValue().keySet()) {
                    if (!attempt.answers.containsKey(position)) {
                        missing++;
                        examples.add(entry.getKey() + " #" + position + ": no such question in the attempt");
                    }
                }
            }
        }
        System.out.printf("answers given: %d (%d trainees); stored and equal: %d; missing: %d; different: %d; "
                        + "stored but not given: %d%s%n", given.size(), byUser.size(), matched, missing, different, extra,
                submittedExpected ? "; attempts not submitted: " + notSubmitted : "");
        examples.stream().limit(10).forEach(e -> System.out.println("  " + e));
        boolean ok = missing == 0 && different == 0 && extra == 0 && notSubmitted == 0
                && matched == byUser.values().stream().mapToInt(Map::size).sum();
        System.out.println(ok ? "ANSWERS OK: every answer given is stored as given" : "ANSWERS WRONG");
        System.exit(ok ? 0 : 1);
    }

    static String expected(Given g, Stored s) {
        List<Integer> shown = s.displayOrder() == null ? null
                : Arrays.stream(s.displayOrder().split(",")).map(String::strip).map(Integer::valueOf).toList();
        return switch (g.kind()) {
            case "radio" -> "truefalse".equals(s.type()) ? ("1".equals(g.value()) ? "t:1" : "t:0")
                    : "c:" + index(shown, Integer.parseInt(g.value()));
            case "check" -> "c:" + Arrays.stream(g.value().split(",")).map(k -> index(shown, Integer.parseInt(k)))
                    .sorted().map(String::valueOf).collect(Collectors.joining(","));
            case "text" -> "x:" + g.value();
            case "order" -> "o:" + s.displayOrder();
            case "match" -> {
                String[] keys = g.value().split(",");
                Map<Integer, Integer> pairs = new TreeMap<>();
                for (int left = 0; left < keys.length; left++) {
                    pairs.put(left, index(shown, Integer.parseInt(keys[left])));
                }
                yield "m:" + pairs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
            }
            default -> "?" + g.kind();
        };
    }

    /** Vaadin's item key k is the k-th item shown; the stored index is the option's place in the file. */
    private static int index(List<Integer> shown, int key) {
        return shown == null ? key - 1 : shown.get(key - 1);
    }

    private static final class Attempt {
        String status;
        final Map<Integer, Stored> answers = new LinkedHashMap<>();
    }

    private static Attempt latestAttempt(Connection db, String username) throws Exception {
        try (PreparedStatement q = db.prepareStatement("""
                select t.id, t.status from attempt t join account a on a.id = t.account_id
                where a.username = ? and t.assessment_key = 'assessment-week1' order by t.attempt_no desc limit 1""")) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Attempt attempt = new Attempt();
                attempt.status = rs.getString(2);
                try (PreparedStatement rows = db.prepareStatement("""
                        select position_no, question_type, display_order, response from attempt_answer
                        where attempt_id = ? order by position_no""")) {
                    rows.setLong(1, rs.getLong(1));
                    try (ResultSet r = rows.executeQuery()) {
                        while (r.next()) {
                            attempt.answers.put(r.getInt(1), new Stored(r.getString(2), r.getString(3), r.getString(4)));
                        }
                    }
                }
                return attempt;
            }
        }
    }
}
