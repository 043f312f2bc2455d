package org.kefuacademy.curriculum;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.platform.privacy.PersonalRows;
import org.springframework.stereotype.Component;

/**
 * Reading progress per module (times, completion, where the reader stopped). Nothing in it is written
 * by or about the person, so anonymising leaves it as it is.
 */
@Component
class ReadingPersonalData implements PersonalDataSource {
    private final PersonalRows rows;

    ReadingPersonalData(PersonalRows rows) {
        this.rows = rows;
    }

    @Override
    public String section() {
        return "reading";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(rows.rows("module_progress", "select * from module_progress where account_id = ? order by first_opened_at, id", accountId));
        return all;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        // Timestamps, counts and heading anchors only.
    }
}
