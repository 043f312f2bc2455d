package org.kefuacademy.roleplay;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * Role-play runs with every step (the text of each reply), its scores, what the reply analysis found
 * in it and trainers' reviews. Anonymising blanks the replies, the matched words and the review
 * comments; choices and scores stay.
 */
@Component
class RoleplayPersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    RoleplayPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "roleplay";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("run", "select * from roleplay_run where account_id = ? order by started_at, id", accountId));
        all.addAll(rows.rows("step", """
                select s.* from roleplay_step s join roleplay_run r on r.id = s.run_id
                where r.account_id = ? order by s.run_id, s.seq""", accountId));
        all.addAll(rows.rows("step_score", """
                select x.* from roleplay_step_score x join roleplay_run r on r.id = x.run_id
                where r.account_id = ? order by x.step_id, x.competence""", accountId));
        all.addAll(rows.rows("reply_hit", """
                select h.* from roleplay_reply_hit h join roleplay_step s on s.id = h.step_id join roleplay_run r on r.id = s.run_id
                where r.account_id = ? order by h.step_id, h.id""", accountId));
        all.addAll(rows.rows("review", """
                select v.* from roleplay_review v join roleplay_run r on r.id = v.run_id
                where r.account_id = ? order by v.created_at, v.id""", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        rows.update("""
                update roleplay_step set reply_text = case when reply_text is null then null else '' end
                where run_id in (select r.id from roleplay_run r where r.account_id = ?)""", accountId);
        rows.update("""
                update roleplay_reply_hit set matched = null where step_id in
                (select s.id from roleplay_step s join roleplay_run r on r.id = s.run_id where r.account_id = ?)""", accountId);
        rows.update("""
                update roleplay_review set comment_text = null
                where run_id in (select r.id from roleplay_run r where r.account_id = ?)""", accountId);
    }
}
