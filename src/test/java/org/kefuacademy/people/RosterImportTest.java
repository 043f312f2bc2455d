package org.kefuacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class RosterImportTest extends DatabaseTest {
    private static final List<String> HEADINGS = List.of("工号", "姓名", "批次", "手机", "邮箱");

    @Autowired
    RosterImport roster;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    private AccountSummary hr;
    private String cohort;

    @BeforeEach
    void anHrPersonAndACohortStartingNextMonth() {
        hr = newAccount("赵敏", Role.HR);
        signInAs(hr);
        cohort = unique("2026年8月开班");
        cohorts.create(new CohortDraft(cohort, LocalDate.of(2026, 8, 3), Set.of(), Set.of()));
    }

    private static byte[] xlsx(List<String> headings, List<?>... rows) {
        List<List<?>> all = new ArrayList<>(Arrays.asList(rows));
        return TableExport.xlsx(new Table("花名册", headings, all));
    }

    private static String csvText(List<String> headings, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", headings)).append("\r\n");
        rows.forEach(r -> text.append(String.join(",", r)).append("\r\n"));
        return text.toString();
    }

    private List<String> problemKeys(RosterPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow()
                .problems().stream().map(RosterProblem::messageKey).toList();
    }

    private long accountsWithEmployeeNo(String... employeeNos) {
        return Arrays.stream(employeeNos).mapToLong(no -> jdbc.queryForObject(
                "select count(*) from account where employee_no = ?", Long.class, no)).sum();
    }

    @Test
    void a_good_roster_creates_trainees_in_their_cohort_with_hashed_passwords_and_audit_entries() {
        String no1 = unique("K");
        String no2 = unique("K");
        byte[] file = xlsx(HEADINGS, List.of(no1, "林雨桐", cohort, "139 1234 5678", "lin.yutong@example.com"),
                List.of(no2, "郭子轩", cohort, "", ""));

        RosterPreview preview = roster.preview("新学员.xlsx", file);
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(RosterRow::line).containsExactly(2, 3);
        assertThat(preview.rows().getFirst().phone()).isEqualTo("13912345678");

        List<ImportedTrainee> created = roster.importRoster("新学员.xlsx", file);

        assertThat(created).extracting(ImportedTrainee::username).containsExactly(no1, no2);
        assertThat(created).allSatisfy(t -> {
            assertThat(t.cohort()).isEqualTo(cohort);
            assertThat(t.initialPassword()).hasSize(14);
            org.assertj.core.api.Assertions.assertThatCode(() -> PasswordPolicy.check(t.initialPassword(), t.username()))
                    .doesNotThrowAnyException();
        });
        long cohortId = cohorts.search(cohort, org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
        List<AccountSummary> trainees = cohorts.trainees(cohortId);
        assertThat(trainees).extracting(AccountSummary::displayName).containsExactlyInAnyOrder("林雨桐", "郭子轩");
        AccountSummary lin = trainees.stream().filter(a -> a.username().equals(no1)).findFirst().orElseThrow();
        assertThat(lin.roles()).containsExactly(Role.TRAINEE);
        assertThat(lin.employeeNo()).isEqualTo(no1);
        assertThat(lin.phone()).isEqualTo("13912345678");
        assertThat(lin.email()).isEqualTo("lin.yutong@example.com");

        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, lin.id());
        String clear = created.getFirst().initialPassword();
        assertThat(hash).doesNotContain(clear).startsWith("{bcrypt}");
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                .matches(clear, hash.substring("{bcrypt}".length()))).isTrue();
        assertThat(jdbc.queryForObject("select password_change_required from account where id = ?", Boolean.class, lin.id()))
                .as("the initial password is temporary").isTrue();

        List<Map<String, Object>> audit = jdbc.queryForList(
                "select actor_id, subject_account_id, detail from audit_log where action = ? and subject_account_id in (?, ?)",
                RosterImport.AUDIT_IMPORT, created.get(0).accountId(), created.get(1).accountId());
        assertThat(audit).hasSize(2).allSatisfy(row -> {
            assertThat(((Number) row.get("actor_id")).longValue()).isEqualTo(hr.id());
            assertThat((String) row.get("detail")).contains("新学员.xlsx").contains(cohort);
        });
    }

    @Test
    void english_headings_in_any_order_and_case_are_understood() {
        String no = unique("K");
        byte[] file = xlsx(List.of("NAME", " cohort ", "Employee No", "Email"),
                List.of("韩梅", cohort, no, "han.mei@example.com"));
        RosterPreview preview = roster.preview("roster.xlsx", file);
        assertThat(preview.importable()).isTrue();
        RosterRow row = preview.rows().getFirst();
        assertThat(List.of(row.employeeNo(), row.name(), row.cohort(), row.email()))
                .containsExactly(no, "韩梅", cohort, "han.mei@example.com");
    }

    @Test
    void a_missing_name_column_is_refused_naming_it_and_the_expected_columns() {
        byte[] file = xlsx(List.of("工号", "批次"), List.of(unique("K"), cohort));
        assertThatThrownBy(() -> roster.preview("缺列.xlsx", file)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("roster.columns-missing");
            assertThat(e.arguments()).containsExactly("缺列.xlsx", "姓名 / Name");
        });
    }

    @Test
    void an_unknown_column_is_refused_naming_it() {
        byte[] file = xlsx(List.of("工号", "姓名", "批次", "部门"), List.of(unique("K"), "王芳", cohort, "客服部"));
        assertThatThrownBy(() -> roster.preview("多列.xlsx", file)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("roster.columns-unknown");
            assertThat(e.arguments()).containsExactly("多列.xlsx", "部门");
        });
        byte[] renamed = xlsx(List.of("工号", "名字", "批次"), List.of(unique("K"), "王芳", cohort));
        assertThatThrownBy(() -> roster.preview("改名.xlsx", renamed)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("roster.columns-wrong");
            assertThat(e.arguments()).containsExactly("改名.xlsx", "姓名 / Name", "名字");
        });
    }

    @Test
    void bad_rows_are_listed_with_their_row_numbers_and_the_import_creates_no_one() {
        String good = unique("K");
        String noName = unique("K");
        String lost = unique("K");
        String badPhone = unique("K");
        List<String> empty = Arrays.asList("", "", "", "", "");
        byte[] file = xlsx(HEADINGS,
                List.of(good, "宋佳", cohort, "13800001111", ""),
                List.of(noName, "", cohort, "", ""),
                empty,
                List.of(lost, "周杰", "不存在的批次", "", ""),
                List.of(badPhone, "吴磊", cohort, "1380000", "not-an-email"));

        RosterPreview preview = roster.preview("有问题.xlsx", file);

        assertThat(preview.rows()).extracting(RosterRow::line).containsExactly(2, 3, 5, 6);
        assertThat(problemKeys(preview, 2)).isEmpty();
        assertThat(problemKeys(preview, 3)).containsExactly("roster.row.name-missing");
        assertThat(problemKeys(preview, 5)).containsExactly("roster.row.cohort-unknown");
        assertThat(problemKeys(preview, 6)).containsExactly("roster.row.phone-invalid", "roster.row.email-invalid");
        assertThat(preview.rows().get(2).problems().getFirst().arguments()).containsExactly("5", "不存在的批次");
        assertThat(preview.rowsWithProblems()).isEqualTo(3);
        assertThat(preview.importable()).isFalse();

        assertThatThrownBy(() -> roster.importRoster("有问题.xlsx", file)).isInstanceOfSatisfying(RosterRefused.class, e -> {
            assertThat(e.messageKey()).isEqualTo("roster.import-refused");
            assertThat(e.arguments()).containsExactly(3L, "3");
            assertThat(e.preview().rowsWithProblems()).isEqualTo(3);
        });
        assertThat(accountsWithEmployeeNo(good, noName, lost, badPhone)).isZero();
    }

    @Test
    void an_employee_number_twice_in_the_file_or_already_in_use_is_a_problem_of_each_row() {
        AccountSummary existing = SystemAuthentication.callAsSystem(() -> accountService.create(new AccountDraft(
                unique("old"), "老员工", Set.of(Role.TRAINEE), unique("K"), null, null), PASSWORD));
        String twice = unique("K");
        String fresh = unique("K");
        byte[] file = xlsx(HEADINGS,
                List.of(twice, "钱多多", cohort, "", ""),
                List.of(existing.employeeNo(), "孙悟", cohort, "", ""),
                List.of(fresh, "李四", cohort, "", ""),
                List.of(twice.toLowerCase(), "钱少少", cohort, "", ""),
                List.of(existing.username(), "赵六", cohort, "", ""));

        RosterPreview preview = roster.preview("重复.xlsx", file);

        assertThat(problemKeys(preview, 2)).containsExactly("roster.row.employee-no-duplicate");
        assertThat(preview.rows().getFirst().problems().getFirst().arguments()).containsExactly("2", twice, "2、5");
        assertThat(problemKeys(preview, 5)).containsExactly("roster.row.employee-no-duplicate");
        assertThat(problemKeys(preview, 3)).containsExactly("roster.row.employee-no-taken");
        assertThat(problemKeys(preview, 6)).containsExactly("roster.row.employee-no-taken");
        assertThat(problemKeys(preview, 4)).isEmpty();
        assertThatThrownBy(() -> roster.importRoster("重复.xlsx", file)).isInstanceOf(RosterRefused.class);
        assertThat(accountsWithEmployeeNo(twice, fresh)).isZero();
    }

    @Test
    void a_file_named_xlsx_that_is_not_a_workbook_is_refused_clearly() {
        byte[] text = "工号,姓名,批次\r\nK1,张三,x\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> roster.preview("花名册.xlsx", text)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("tabular.not-xlsx"));
        assertThatThrownBy(() -> roster.importRoster("花名册.xlsx", text)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void csv_in_gb18030_and_in_utf8_with_a_byte_order_mark_is_read_with_chinese_intact() {
        String no1 = unique("K");
        String no2 = unique("K");
        byte[] gb = csvText(HEADINGS, List.of(List.of(no1, "欧阳娜娜", cohort, "13700002222", ""))).getBytes(Charset.forName("GB18030"));
        byte[] utf8 = csvText(HEADINGS, List.of(List.of(no2, "喆堃", cohort, "", "")))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        RosterRow fromGb = roster.preview("excel导出.csv", gb).rows().getFirst();
        assertThat(fromGb.name()).isEqualTo("欧阳娜娜");
        assertThat(fromGb.cohort()).isEqualTo(cohort);
        assertThat(fromGb.ok()).isTrue();
        RosterRow fromUtf8 = roster.preview("wps导出.csv", bom).rows().getFirst();
        assertThat(fromUtf8.name()).isEqualTo("喆堃");
        assertThat(fromUtf8.ok()).isTrue();

        assertThat(roster.importRoster("excel导出.csv", gb)).singleElement()
                .satisfies(t -> assertThat(t.displayName()).isEqualTo("欧阳娜娜"));
    }

    @Test
    void the_template_has_the_chinese_headings_and_an_example_row_in_xlsx_and_csv() throws Exception {
        Table template = roster.template();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(template)))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headings = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings).containsExactly("工号", "姓名", "批次", "手机", "邮箱");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("张雨涵");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("13912345678");
        }
        String csv = new String(TableExport.csv(template), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF工号,姓名,批次,手机,邮箱");
        // The template read back is a valid roster except for its example cohort, which does not exist here.
        RosterPreview preview = roster.preview("template.xlsx", TableExport.xlsx(template));
        assertThat(problemKeys(preview, 2)).containsExactly("roster.row.cohort-unknown");
    }

    @Test
    void trainees_and_trainers_may_not_preview_import_or_download_the_template() {
        byte[] file = xlsx(HEADINGS, List.of(unique("K"), "王五", cohort, "", ""));
        for (Role role : List.of(Role.TRAINEE, Role.TRAINER)) {
            signInAs(newAccount("无权限", role));
            assertThatThrownBy(() -> roster.preview("a.xlsx", file)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.importRoster("a.xlsx", file)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.template()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
