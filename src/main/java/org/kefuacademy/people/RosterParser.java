package org.kefuacademy.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.kefuacademy.platform.Fields;
import java.util.stream.Collectors;
import org.kefuacademy.people.domain.Account;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.tabular.TableReader.SourceRow;

/**
 * Turns the rows of an uploaded roster into {@link RosterRow}s with every problem that the file alone
 * shows (missing or malformed cells, an employee number twice). Problems that need the database (an
 * employee number taken, an unknown cohort) are added by {@link RosterImport}.
 */
final class RosterParser {
    /** A mainland mobile number: 11 digits starting with 1. */
    static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    /** Each row becomes an account with a hashed password in one transaction: keep one file to one month's hires. */
    static final int MAX_PEOPLE = 300;

    private RosterParser() {
    }

    static List<RosterRow> parse(String fileName, List<SourceRow> sheet) {
        Map<RosterColumn, Integer> columns = columns(fileName, sheet.getFirst());
        List<SourceRow> data = sheet.subList(1, sheet.size());
        if (data.isEmpty()) {
            throw new UserFacingException("roster.no-rows", fileName);
        }
        if (data.size() > MAX_PEOPLE) {
            throw new UserFacingException("roster.too-many-people", fileName, MAX_PEOPLE);
        }
        List<RosterRow> rows = data.stream().map(r -> row(r, columns)).toList();
        return markDuplicates(rows);
    }

    private static Map<RosterColumn, Integer> columns(String fileName, SourceRow heading) {
        Map<RosterColumn, Integer> found = new EnumMap<>(RosterColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < heading.cells().size(); c++) {
            String text = heading.cell(c);
            if (text.isBlank()) {
                continue;
            }
            var column = RosterColumn.forHeading(text);
            if (column.isEmpty()) {
                unknown.add(text);
            } else if (found.putIfAbsent(column.get(), c) != null) {
                throw new UserFacingException("roster.columns-duplicate", fileName, text);
            }
        }
        String missing = java.util.Arrays.stream(RosterColumn.values()).filter(c -> c.required && !found.containsKey(c))
                .map(RosterColumn::label).collect(Collectors.joining("、"));
        if (!missing.isEmpty() && !unknown.isEmpty()) {
            throw new UserFacingException("roster.columns-wrong", fileName, missing, String.join("、", unknown));
        }
        if (!missing.isEmpty()) {
            throw new UserFacingException("roster.columns-missing", fileName, missing);
        }
        if (!unknown.isEmpty()) {
            throw new UserFacingException("roster.columns-unknown", fileName, String.join("、", unknown));
        }
        return found;
    }

    private static RosterRow row(SourceRow source, Map<RosterColumn, Integer> columns) {
        int line = source.line();
        String employeeNo = cell(source, columns, RosterColumn.EMPLOYEE_NO);
        String name = cell(source, columns, RosterColumn.NAME);
        String cohort = cell(source, columns, RosterColumn.COHORT);
        String phone = cell(source, columns, RosterColumn.PHONE).replaceAll("[\\s-]", "").replaceFirst("^\\+86", "");
        String email = cell(source, columns, RosterColumn.EMAIL);
        List<RosterProblem> problems = new ArrayList<>();
        if (employeeNo.isEmpty()) {
            problems.add(RosterProblem.of("roster.row.employee-no-missing", line));
        } else if (!AccountValidation.validEmployeeNoLength(employeeNo)) {
            problems.add(RosterProblem.of("roster.row.employee-no-too-long", line, employeeNo, Account.EMPLOYEE_NO_MAX_LENGTH));
        } else if (!AccountValidation.validUsername(employeeNo)) {
            // The employee number becomes the user name, so it must be one.
            problems.add(RosterProblem.of("roster.row.employee-no-invalid", line, employeeNo));
        }
        if (name.isEmpty()) {
            problems.add(RosterProblem.of("roster.row.name-missing", line));
        } else if (!AccountValidation.validDisplayName(name)) {
            problems.add(RosterProblem.of("roster.row.name-too-long", line, Account.DISPLAY_NAME_MAX_LENGTH));
        }
        if (!Fields.isStorable(name + phone + email + cohort)) {
            problems.add(RosterProblem.of("roster.row.bad-characters", line));
        }
        if (cohort.isEmpty()) {
            problems.add(RosterProblem.of("roster.row.cohort-missing", line));
        }
        if (!phone.isEmpty() && !MOBILE.matcher(phone).matches()) {
            problems.add(RosterProblem.of("roster.row.phone-invalid", line, phone));
        }
        if (!email.isEmpty() && !AccountValidation.validEmail(email)) {
            problems.add(RosterProblem.of("roster.row.email-invalid", line, email));
        }
        return new RosterRow(line, employeeNo, name, cohort, phone, email, problems);
    }

    /** Every row whose employee number another row repeats gets a problem naming all those rows. */
    private static List<RosterRow> markDuplicates(List<RosterRow> rows) {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.employeeNo().isEmpty())
                .forEach(r -> lines.computeIfAbsent(key(r.employeeNo()), k -> new ArrayList<>()).add(r.line()));
        return rows.stream().map(r -> {
            List<Integer> same = r.employeeNo().isEmpty() ? List.of() : lines.get(key(r.employeeNo()));
            if (same.size() < 2) {
                return r;
            }
            String all = same.stream().map(String::valueOf).collect(Collectors.joining("、"));
            return r.withMoreProblems(List.of(RosterProblem.of("roster.row.employee-no-duplicate", r.line(), r.employeeNo(), all)));
        }).toList();
    }

    static String key(String employeeNo) {
        return employeeNo.toLowerCase(Locale.ROOT);
    }

    private static String cell(SourceRow row, Map<RosterColumn, Integer> columns, RosterColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }
}
