package org.kefuacademy.people;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.people.domain.AccountRepository;
import org.kefuacademy.people.domain.Cohort;
import org.kefuacademy.people.domain.CohortRepository;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.audit.AuditLog;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roster import (花名册导入): HR uploads an .xlsx or .csv of new hires, sees every row with its problems,
 * and imports all of them or none. Each person becomes a trainee account (user name = employee number,
 * a generated initial password) in the named cohort, with an audit entry.
 */
@Service
@Transactional
public class RosterImport {
    /** Audit action: HR or an administrator created this account by importing a roster. */
    public static final String AUDIT_IMPORT = "IMPORT_ROSTER";

    private final AccountService accountService;
    private final CohortService cohortService;
    private final AccountRepository accounts;
    private final CohortRepository cohorts;
    private final AuditLog audit;

    RosterImport(AccountService accountService, CohortService cohortService, AccountRepository accounts,
                 CohortRepository cohorts, AuditLog audit) {
        this.accountService = accountService;
        this.cohortService = cohortService;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.audit = audit;
    }

    /** Reads the file and lists every row with its problems; creates nothing. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public RosterPreview preview(String fileName, byte[] bytes) {
        List<RosterRow> rows = RosterParser.parse(fileName, TableReader.read(fileName, bytes));
        Set<String> taken = takenEmployeeNos(rows);
        Map<String, Cohort> known = cohortsByName(rows);
        List<RosterRow> checked = rows.stream().map(r -> {
            List<RosterProblem> more = new ArrayList<>();
            if (!r.employeeNo().isEmpty() && taken.contains(RosterParser.key(r.employeeNo()))) {
                more.add(RosterProblem.of("roster.row.employee-no-taken", r.line(), r.employeeNo()));
            }
            if (!r.cohort().isEmpty() && !known.containsKey(r.cohort().toLowerCase(Locale.ROOT))) {
                more.add(RosterProblem.of("roster.row.cohort-unknown", r.line(), r.cohort()));
            }
            return r.withMoreProblems(more);
        }).toList();
        return new RosterPreview(fileName, checked);
    }

    /**
     * Reads the same file again (a preview held by the browser is never trusted) and, only if no row has
     * a problem, creates every trainee in one transaction. The passwords are returned once and kept nowhere.
     */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<ImportedTrainee> importRoster(String fileName, byte[] bytes) {
        RosterPreview preview = preview(fileName, bytes);
        if (!preview.importable()) {
            throw new RosterRefused(preview);
        }
        Map<String, Cohort> byName = cohortsByName(preview.rows());
        List<ImportedTrainee> created = new ArrayList<>();
        for (RosterRow row : preview.rows()) {
            Cohort cohort = byName.get(row.cohort().toLowerCase(Locale.ROOT));
            String password = InitialPasswords.generate(row.employeeNo());
            AccountSummary account = accountService.createWithTemporaryPassword(new AccountDraft(row.employeeNo(), row.name(),
                    Set.of(Role.TRAINEE), row.employeeNo(), row.phone(), row.email()), password);
            cohortService.addTrainee(cohort.getId(), account.id());
            audit.record(AUDIT_IMPORT, account.id(), shortened(fileName) + " #" + row.line() + " → " + cohort.getName());
            created.add(new ImportedTrainee(account.id(), row.line(), account.username(), account.displayName(),
                    cohort.getName(), password));
        }
        return created;
    }

    /** The file to fill in: the Chinese headings and one example row. */
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Table template() {
        List<String> headings = java.util.Arrays.stream(RosterColumn.values()).map(c -> c.chinese).toList();
        List<Object> example = List.of("K2607001", "张雨涵", "2026年7月6日开班 新员工入职培训", "13912345678",
                "zhang.yuhan@example.com");
        return new Table("花名册", headings, List.of(example));
    }

    /** The audit detail holds 500 characters; a file name is rarely long, but it is the user's choice. */
    private static String shortened(String fileName) {
        String name = fileName == null ? "" : fileName;
        return name.length() <= 120 ? name : name.substring(0, 120) + "…";
    }

    /** Lower-case employee numbers of the file that an existing account uses as user name or employee number. */
    private Set<String> takenEmployeeNos(List<RosterRow> rows) {
        // Each number as written, upper and lower case: an indexed lookup that also catches k001 against K001.
        Set<String> variants = new HashSet<>();
        rows.stream().map(RosterRow::employeeNo).filter(s -> !s.isEmpty()).forEach(s -> {
            variants.add(s);
            variants.add(s.toUpperCase(Locale.ROOT));
            variants.add(s.toLowerCase(Locale.ROOT));
        });
        if (variants.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>();
        for (Account a : accounts.findByUsernameOrEmployeeNoIn(variants)) {
            taken.add(RosterParser.key(a.getUsername()));
            if (a.getEmployeeNo() != null) {
                taken.add(RosterParser.key(a.getEmployeeNo()));
            }
        }
        return taken;
    }

    private Map<String, Cohort> cohortsByName(List<RosterRow> rows) {
        Set<String> names = rows.stream().map(r -> r.cohort().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (names.isEmpty()) {
            return Map.of();
        }
        return cohorts.findByLowerNameIn(names).stream()
                .collect(Collectors.toMap(c -> c.getName().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }
}
