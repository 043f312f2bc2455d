package org.kefuacademy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;
import org.springframework.data.domain.PageRequest;

/**
 * A roster (花名册) of three new hires for the demo cohort that starts next week. The demo cohorts are
 * named after their start dates, so the file is written for the day it is made rather than committed:
 * {@link #write} puts it at {@code target/roster/demo-roster.xlsx}, ready for the import page.
 */
public final class DemoRoster {
    public static final List<String> NAMES = List.of("马思远", "邓可欣", "罗文博");
    public static final List<String> EMPLOYEE_NOS = List.of("K2612002", "K2612003", "K2612004");

    private DemoRoster() {
    }

    /** The demo cohort whose training has not begun yet (trainee.wu's). */
    public static String upcomingCohortName(CohortService cohorts, LocalDate today) {
        return SystemAuthentication.callAsSystem(() -> cohorts.search("", PageRequest.of(0, 50))).stream()
                .filter(c -> c.startDate().isAfter(today) && c.name().endsWith("新员工入职培训"))
                .map(CohortSummary::name).findFirst().orElseThrow(() -> new IllegalStateException("no upcoming demo cohort"));
    }

    /** The roster as .xlsx, with the given employee numbers (the demo's own, or unique ones for repeated tests). */
    public static byte[] xlsx(String cohortName, List<String> employeeNos) {
        List<List<?>> rows = List.of(
                List.of(employeeNos.get(0), NAMES.get(0), cohortName, "13816620231", "ma.siyuan@anju-demo.cn"),
                List.of(employeeNos.get(1), NAMES.get(1), cohortName, "15921870456", ""),
                List.of(employeeNos.get(2), NAMES.get(2), cohortName, "", "luo.wenbo@anju-demo.cn"));
        return TableExport.xlsx(new Table("花名册", List.of("工号", "姓名", "批次", "手机", "邮箱"), rows));
    }

    public static Path write(String cohortName) {
        try {
            Path file = Files.createDirectories(Path.of("target", "roster")).resolve("demo-roster.xlsx");
            Files.write(file, xlsx(cohortName, EMPLOYEE_NOS));
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
