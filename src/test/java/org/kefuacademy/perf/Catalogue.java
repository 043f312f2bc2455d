package org.kefuacademy.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.assessment.AssessmentDefinition;
import org.kefuacademy.assessment.AssessmentDefinitionParser;
import org.kefuacademy.assessment.QuestionBank;
import org.kefuacademy.assessment.QuestionBankParser;
import org.kefuacademy.observation.Checklist;
import org.kefuacademy.observation.ChecklistParser;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.roleplay.engine.Scenario;
import org.kefuacademy.roleplay.engine.ScenarioParser;
import org.kefuacademy.roleplay.reply.Lexicon;
import org.kefuacademy.roleplay.reply.LexiconParser;
import org.kefuacademy.roleplay.reply.ReplyAnalyzer;

/**
 * The content the application synced from {@code content/} into the database (current versions), parsed
 * with the application's own parsers, so generated rows point at real version ids, question ids and nodes.
 */
record Catalogue(List<ModuleRow> modules, Map<String, BankRow> banks, List<AssessmentRow> assessments,
                 List<ScenarioRow> scenarios, List<ChecklistRow> checklists, ReplyAnalyzer analyzer, int validityMonths) {

    record ModuleRow(String key, long versionId, int week, int day) {
    }

    record BankRow(String key, long versionId, QuestionBank bank) {
    }

    record AssessmentRow(String key, long versionId, Integer week, boolean finalDay, int passMark, int attemptsAllowed,
                         int minutes, AssessmentDefinition definition) {
    }

    record ScenarioRow(String key, long versionId, int week, boolean assessed, Scenario scenario) {
    }

    record ChecklistRow(String key, long versionId, Integer week, Checklist checklist) {
    }

    static Catalogue load(Connection c) throws SQLException {
        List<ModuleRow> modules = new ArrayList<>();
        for (Object[] r : rows(c, "select content_key, current_version_id, week_no, day_no from curriculum_module "
                + "where active = true and page_kind = 'module' and week_no is not null and day_no is not null order by week_no, day_no")) {
            modules.add(new ModuleRow((String) r[0], num(r[1]), (int) num(r[2]), (int) num(r[3])));
        }
        Map<String, BankRow> banks = new HashMap<>();
        for (Object[] r : rows(c, "select bank_key, current_version_id from question_bank where active = true")) {
            banks.put((String) r[0], new BankRow((String) r[0], num(r[1]),
                    new QuestionBankParser().parse(source(c, num(r[1]))).bank()));
        }
        List<AssessmentRow> assessments = new ArrayList<>();
        for (Object[] r : rows(c, "select assessment_key, current_version_id, week_no, opens, pass_mark, attempts_allowed, "
                + "time_limit_minutes from assessment where active = true order by assessment_key")) {
            assessments.add(new AssessmentRow((String) r[0], num(r[1]), r[2] == null ? null : (int) num(r[2]),
                    "final-day".equals(r[3]) || r[2] == null, (int) num(r[4]), (int) num(r[5]), (int) num(r[6]),
                    new AssessmentDefinitionParser().parse(source(c, num(r[1]))).definition()));
        }
        List<ScenarioRow> scenarios = new ArrayList<>();
        for (Object[] r : rows(c, "select scenario_key, current_version_id, week_no, assessed from scenario where active = true order by scenario_key")) {
            scenarios.add(new ScenarioRow((String) r[0], num(r[1]), (int) num(r[2]), truth(r[3]),
                    new ScenarioParser().parse(source(c, num(r[1]))).scenario()));
        }
        List<ChecklistRow> checklists = new ArrayList<>();
        for (Object[] r : rows(c, "select checklist_key, current_version_id, week_no from observation_checklist where active = true order by checklist_key")) {
            checklists.add(new ChecklistRow((String) r[0], num(r[1]), r[2] == null ? null : (int) num(r[2]),
                    new ChecklistParser().parse(source(c, num(r[1]))).checklist()));
        }
        Map<Lexicon.Category, Lexicon> lexicons = new HashMap<>();
        for (Object[] r : rows(c, "select lexicon_key, current_version_id from reply_lexicon where active = true")) {
            Lexicon l = new LexiconParser().parse(source(c, num(r[1]))).lexicon();
            lexicons.put(l.category(), l);
        }
        ReplyAnalyzer analyzer = new ReplyAnalyzer(lexicons.get(Lexicon.Category.STEPS), lexicons.get(Lexicon.Category.POLITE),
                lexicons.get(Lexicon.Category.TABOO));
        Object months = rows(c, "select validity_months from final_policy where id = 1").getFirst()[0];
        return new Catalogue(modules, banks, assessments, scenarios, checklists, analyzer, months == null ? 0 : (int) num(months));
    }

    private static SourceFile source(Connection c, long versionId) throws SQLException {
        Object[] r = rows(c, "select source_path, content_key, body from content_version where id = " + versionId).getFirst();
        String path = (String) r[0];
        String name = path == null ? (String) r[1] : path.substring(path.lastIndexOf('/') + 1);
        return new SourceFile(path, name.replaceFirst("\\.md$", ""), (String) r[2]);
    }

    static List<Object[]> rows(Connection c, String sql) throws SQLException {
        List<Object[]> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                list.add(row);
            }
        }
        return list;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static boolean truth(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
