package org.kefuacademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * Every attempt, every answer given (with its grading) and any re-grade of it. Anonymising blanks
 * written answers (short and fill-in) and graders' comments; choices, points and scores stay for the
 * item statistics.
 */
@Component
class AssessmentPersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    AssessmentPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "assessment";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("attempt", "select * from attempt where account_id = ? order by started_at, id", accountId));
        all.addAll(rows.rows("answer", """
                select aa.* from attempt_answer aa join attempt a on a.id = aa.attempt_id
                where a.account_id = ? order by aa.attempt_id, aa.position_no""", accountId));
        all.addAll(rows.rows("regrade", """
                select r.* from regrade_log r join attempt a on a.id = r.attempt_id where a.account_id = ? order by r.id""", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        rows.update("""
                update attempt_answer set response = case when question_type in ('short', 'fill') then null else response end,
                       grader_comment = null
                where attempt_id in (select a.id from attempt a where a.account_id = ?)""", accountId);
    }
}
