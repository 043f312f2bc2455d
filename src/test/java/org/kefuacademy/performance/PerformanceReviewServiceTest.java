package org.kefuacademy.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortDraft;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.privacy.PersonalDataSource;
import org.kefuacademy.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Performance reviews: who may write and read them, every field checked, team figures over the latest reviews. */
class PerformanceReviewServiceTest extends DatabaseTest {
    private static final LocalDate NOV = LocalDate.of(2026, 11, 5);
    @Autowired
    PerformanceReviewService reviews;
    @Autowired
    CohortService cohorts;
    @Autowired
    List<PersonalDataSource> sources;

    AccountSummary hr;
    AccountSummary trainer;
    AccountSummary stranger;
    AccountSummary a;
    AccountSummary b;
    AccountSummary c;
    long cohortId;

    @BeforeEach
    void people() {
        clock.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        hr = newAccount("人事赵", Role.HR);
        trainer = newAccount("讲师王", Role.TRAINER);
        stranger = newAccount("讲师吴", Role.TRAINER);
        a = newAccount("学员甲", Role.TRAINEE);
        b = newAccount("学员乙", Role.TRAINEE);
        c = newAccount("学员丙", Role.TRAINEE);
        signInAs(hr);
        cohortId = cohorts.create(new CohortDraft(unique("绩效批次"), LocalDate.of(2026, 10, 5), Set.of(a.id(), b.id(), c.id()),
                Set.of(trainer.id())));
        cohorts.create(new CohortDraft(unique("别的批次"), LocalDate.of(2026, 10, 5), Set.of(), Set.of(stranger.id())));
    }

    @Test
    void a_month_or_quarter_is_stored_as_its_first_and_last_day_and_each_value_is_shown_against_its_target() {
        signInAs(trainer);
        ReviewEntry month = reviews.write(draft(a.id(), PeriodKind.MONTH, NOV, null, 4, 3, 5, "92", "100", "20"));
        assertThat(month.periodStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(month.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(month.periodLabel()).isEqualTo("2026-11");
        assertThat(month.reviewerName()).isEqualTo("讲师王");
        assertThat(month.satisfactionMet()).isTrue();
        assertThat(month.handledMet()).isTrue();
        assertThat(month.responseMet()).isTrue();
        ReviewEntry quarter = reviews.write(draft(a.id(), PeriodKind.QUARTER, LocalDate.of(2026, 10, 15), null, 3, 3, 3, "89.96", "99.9", "24.04"));
        assertThat(quarter.periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(quarter.periodLabel()).isEqualTo("2026-Q4");
        assertThat(quarter.satisfactionPct()).isEqualByComparingTo("90.0");
        assertThat(quarter.satisfactionMet()).isTrue();
        assertThat(quarter.handledMet()).isFalse();
        assertThat(quarter.responseMet()).isTrue();
        assertThat(reviews.historyOf(a.id())).extracting(ReviewEntry::periodLabel).containsExactly("2026-Q4", "2026-11");
    }

    @Test
    void every_invalid_field_is_refused_and_nothing_is_stored() {
        signInAs(hr);
        reviews.write(draft(a.id(), PeriodKind.MONTH, NOV, null, 4, 4, 4, "95", "100", "10"));
        refused(draft(a.id(), PeriodKind.MONTH, LocalDate.of(2026, 11, 28), null, 3, 3, 3, "90", "100", "10"), "performance.duplicate");
        refused(draft(b.id(), PeriodKind.CUSTOM, NOV, NOV.minusDays(1), 3, 3, 3, "90", "100", "10"), "performance.period-order");
        refused(draft(b.id(), PeriodKind.CUSTOM, NOV, null, 3, 3, 3, "90", "100", "10"), "performance.period-required");
        refused(draft(b.id(), PeriodKind.MONTH, LocalDate.of(2026, 12, 1), null, 3, 3, 3, "90", "100", "10"), "performance.period-not-started");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 6, 3, 3, "90", "100", "10"), "performance.score-range.attitude");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 3, 0, 3, "90", "100", "10"), "performance.score-range.efficiency");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 3, 3, null, "90", "100", "10"), "performance.score-required.complaint");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "100.1", "100", "10"), "performance.percent-range.satisfaction");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "-1", "10"), "performance.percent-range.handled");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "100", "-0.5"), "performance.hours-range");
        refused(draft(b.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "100", null), "performance.value-required.hours");
        refused(withCorrective(b.id(), "安排再培训：报修流程", null), "performance.corrective-due-required");
        refused(withCorrective(b.id(), null, LocalDate.of(2026, 11, 27)), "performance.corrective-action-required");
        refused(withCorrective(b.id(), "安排再培训：报修流程", LocalDate.of(2026, 10, 31)), "performance.corrective-due-early");
        refused(draft(hr.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "100", "10"), "performance.self");
        assertThat(reviews.historyOf(a.id())).hasSize(1);
        assertThat(reviews.historyOf(b.id())).isEmpty();

        ReviewEntry ok = reviews.write(withCorrective(b.id(), "安排再培训：报修流程", LocalDate.of(2026, 11, 27)));
        assertThat(ok.correctiveDue()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void a_trainer_reviews_only_trainees_of_own_cohorts_and_trainees_review_no_one() {
        signInAs(stranger);
        assertThatThrownBy(() -> reviews.write(draft(a.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "100", "10")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.historyOf(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.team(cohortId)).isInstanceOf(AccessDeniedException.class);
        signInAs(b);
        assertThatThrownBy(() -> reviews.write(draft(a.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "100", "10")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.team(cohortId)).isInstanceOf(AccessDeniedException.class);
        signInAs(trainer);
        ReviewEntry written = reviews.write(draft(a.id(), PeriodKind.MONTH, NOV, null, 3, 3, 3, "90", "100", "10"));
        signInAs(stranger);
        assertThatThrownBy(() -> reviews.update(written.id(), draft(a.id(), PeriodKind.MONTH, NOV, null, 5, 5, 5, "99", "100", "1")))
                .isInstanceOf(AccessDeniedException.class);
        signInAs(hr);
        assertThat(reviews.update(written.id(), draft(a.id(), PeriodKind.MONTH, NOV, null, 5, 5, 5, "99", "100", "1")).attitude()).isEqualTo(5);
    }

    @Test
    void the_team_figures_are_over_each_trainees_latest_review() {
        signInAs(trainer);
        // An older review of A that must not count: every value far off.
        reviews.write(draft(a.id(), PeriodKind.MONTH, LocalDate.of(2026, 10, 10), null, 1, 1, 1, "50", "50", "100"));
        reviews.write(draft(a.id(), PeriodKind.MONTH, NOV, null, 4, 3, 5, "92", "100", "20"));
        reviews.write(draft(b.id(), PeriodKind.CUSTOM, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15), 2, 4, 3, "85.5", "95", "30"));

        TeamReport team = reviews.team(cohortId);
        assertThat(team.rows()).extracting(TeamReport.Row::personName).containsExactly("学员丙", "学员乙", "学员甲");
        assertThat(team.rows().get(0).latest()).isNull();
        assertThat(team.rows().get(2).latest().periodLabel()).isEqualTo("2026-11");
        TeamReport.Figures f = team.figures();
        // By hand: attitude (4+2)/2, efficiency (3+4)/2, complaint (5+3)/2, satisfaction (92+85.5)/2, handled (100+95)/2, hours (20+30)/2.
        assertThat(f.reviewed()).isEqualTo(2);
        assertThat(f.attitude()).isCloseTo(3.0, within(0.001));
        assertThat(f.efficiency()).isCloseTo(3.5, within(0.001));
        assertThat(f.complaintHandling()).isCloseTo(4.0, within(0.001));
        assertThat(f.satisfactionPct()).isCloseTo(88.75, within(0.001));
        assertThat(f.complaintsHandledPct()).isCloseTo(97.5, within(0.001));
        assertThat(f.responseHours()).isCloseTo(25.0, within(0.001));
        assertThat(f.metSatisfaction()).isEqualTo(1);
        assertThat(f.metHandled()).isEqualTo(1);
        assertThat(f.metResponse()).isEqualTo(1);
    }

    @Test
    void a_team_without_reviews_has_empty_figures() {
        signInAs(hr);
        TeamReport team = reviews.team(cohortId);
        assertThat(team.rows()).hasSize(3).allSatisfy(r -> assertThat(r.latest()).isNull());
        assertThat(team.figures().reviewed()).isZero();
        assertThat(team.figures().attitude()).isNull();
        assertThat(team.figures().metResponse()).isZero();
    }

    @Test
    void the_personal_data_export_holds_every_review_and_anonymising_keeps_only_numbers_and_dates() {
        signInAs(trainer);
        reviews.write(new ReviewDraft(a.id(), PeriodKind.MONTH, NOV, null, 4, 4, 4, new BigDecimal("91"), new BigDecimal("100"),
                new BigDecimal("12"), "学员甲接待业主刘女士时很耐心", "刘女士来信表扬，奖励 200 元", "安排再培训：投诉处理", LocalDate.of(2026, 11, 30)));
        PersonalDataSource source = sources.stream().filter(s -> s.section().equals("performance-reviews")).findFirst().orElseThrow();
        assertThatThrownBy(() -> source.export(a.id())).isInstanceOf(AccessDeniedException.class);

        signInAs(hr);
        List<Map<String, Object>> rows = source.export(a.id());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("comments", "学员甲接待业主刘女士时很耐心")
                .containsEntry("attitudeScore", 4).containsEntry("as", "reviewed"));
        assertThat(source.export(trainer.id())).extracting(r -> r.get("as")).containsExactly("reviewer");

        source.anonymise(a.id());
        Map<String, Object> after = source.export(a.id()).getFirst();
        assertThat(after.values()).noneMatch(v -> v instanceof String s && (s.contains("刘") || s.contains("甲") || s.contains("培训")));
        assertThat(after).containsEntry("attitudeScore", 4).containsEntry("periodStart", LocalDate.of(2026, 11, 1));
        assertThat((BigDecimal) after.get("satisfactionPct")).isEqualByComparingTo("91");
    }

    private void refused(ReviewDraft draft, String key) {
        ThrowingCallable call = () -> reviews.write(draft);
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessageContaining(key);
    }

    private static ReviewDraft withCorrective(long person, String action, LocalDate due) {
        return new ReviewDraft(person, PeriodKind.MONTH, NOV, null, 3, 2, 3, new BigDecimal("88"), new BigDecimal("100"),
                new BigDecimal("30"), "响应偏慢", null, action, due);
    }

    private static ReviewDraft draft(long person, PeriodKind kind, LocalDate start, LocalDate end, Integer attitude, Integer efficiency,
                                     Integer complaint, String satisfaction, String handled, String hours) {
        return new ReviewDraft(person, kind, start, end, attitude, efficiency, complaint, decimal(satisfaction), decimal(handled),
                decimal(hours), "本期表现稳定。", null, null, null);
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
