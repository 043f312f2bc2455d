package org.kefuacademy.performance;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kefuacademy.performance.domain.PerformanceReview;
import org.kefuacademy.performance.domain.PerformanceReviewRepository;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of the person and reviews they wrote. Anonymising blanks the comments, reward and corrective
 * action of the reviews about them and keeps scores, target values and dates (team figures use them).
 */
@Component
@Transactional
class PerformancePersonalData implements PersonalDataSource {
    private final PerformanceReviewRepository reviews;

    PerformancePersonalData(PerformanceReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public String section() {
        return "performance-reviews";
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(long accountId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        reviews.findByAccountIdOrderByPeriodEndDescIdDesc(accountId).forEach(r -> rows.add(row(r, "reviewed")));
        reviews.findByReviewerIdOrderByPeriodEndDescIdDesc(accountId).forEach(r -> rows.add(row(r, "reviewer")));
        return rows;
    }

    @Override
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public void anonymise(long accountId) {
        reviews.findByAccountIdOrderByPeriodEndDescIdDesc(accountId).forEach(PerformanceReview::blankText);
    }

    private static Map<String, Object> row(PerformanceReview r, String as) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("as", as);
        row.put("id", r.getId());
        row.put("personId", r.getAccountId());
        row.put("reviewerId", r.getReviewerId());
        row.put("periodKind", r.getPeriodKind());
        row.put("periodStart", r.getPeriodStart());
        row.put("periodEnd", r.getPeriodEnd());
        row.put("attitudeScore", r.getAttitudeScore());
        row.put("efficiencyScore", r.getEfficiencyScore());
        row.put("complaintScore", r.getComplaintScore());
        row.put("satisfactionPct", r.getSatisfactionPct());
        row.put("complaintsHandledPct", r.getComplaintsHandledPct());
        row.put("responseHours", r.getResponseHours());
        row.put("comments", r.getComments());
        row.put("reward", r.getReward());
        row.put("correctiveAction", r.getCorrectiveAction());
        row.put("correctiveDue", r.getCorrectiveDue());
        row.put("createdAt", r.getCreatedAt());
        return row;
    }
}
