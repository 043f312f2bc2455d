package org.kefuacademy.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.AttemptSummary;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.FinalResult;
import org.kefuacademy.observation.ObservationSummary;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.Membership;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.records.PersonRecord;
import org.kefuacademy.records.PersonRecordService;
import org.kefuacademy.roleplay.RunSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * One person's record: cohorts, reading, every assessment attempt (to its answers), role-play runs (to
 * their transcripts), observations, the final assessment, certificates, and the competence profile.
 * Other features' pages are linked by route, not by class.
 */
@Route("records/person")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
class PersonRecordView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private final transient PersonRecordService records;
    private final transient PrivacyServices privacy;
    private String name = "";

    PersonRecordView(PersonRecordService records, PrivacyServices privacy) {
        this.records = records;
        this.privacy = privacy;
        addClassName("kefu-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long accountId) {
        removeAll();
        PersonRecord r;
        try {
            r = records.record(accountId);
        } catch (AccessDeniedException e) {
            add(new H2(getTranslation("records.not-yours")));
            return;
        }
        name = r.person().displayName();
        add(new H2(getTranslation("records.title", name)));
        add(new PrivacyActions(privacy, r.person(), () -> setParameter(event, accountId)));
        add(section("record-profile", "records.profile",
                new Paragraph(getTranslation("records.profile-line", r.person().username(), nullSafe(r.person().employeeNo()),
                        nullSafe(r.person().phone()), nullSafe(r.person().email()))),
                new Paragraph(getTranslation("records.cohorts", r.cohorts().stream().map(CohortSummary::name)
                        .collect(Collectors.joining("、"))))));
        List<Membership> changes = r.memberships().stream().filter(m -> !m.active()).toList();
        if (!changes.isEmpty()) {
            add(section("record-memberships", "records.memberships", changes.stream().map(m -> new Paragraph(getTranslation(
                    "records.membership-line", m.cohortName(), getTranslation("membership.status." + m.status()), m.leftOn(), m.reason())))
                    .toArray(Paragraph[]::new)));
        }
        add(section("record-reading", "records.reading", new Paragraph(getTranslation("records.reading-line",
                r.reading().completed(), r.reading().modules(),
                String.format(java.util.Locale.ROOT, "%.1f", r.reading().secondsSpent() / 3600.0)))));
        Div attempts = section("record-attempts", "records.attempts");
        for (AttemptSummary a : r.attempts()) {
            String result = a.inProgress() ? getTranslation("records.in-progress") : !a.graded() ? getTranslation("records.pending")
                    : a.percent() + "% " + getTranslation(Boolean.TRUE.equals(a.passed()) ? "certificates.passed" : "certificates.failed");
            attempts.add(new Div(new Anchor("result/" + a.id(), getTranslation("records.attempt-line", a.assessmentKey(), a.attemptNo(),
                    WHEN.format(a.startedAt()), result))));
        }
        empty(attempts, r.attempts().isEmpty());
        Div runs = section("record-runs", "records.runs");
        for (RunSummary run : r.runs()) {
            String mode = getTranslation(run.assessed() ? "roleplay.mode.assessed" : "roleplay.mode.practice");
            String outcome = run.finishedAt() == null ? getTranslation("records.in-progress")
                    : getTranslation("roleplay.ending." + run.endingKind()) + " · " + run.scorePercent() + "%";
            runs.add(new Div(new Anchor("roleplay/debrief/" + run.runId(), getTranslation("records.run-line", run.scenarioTitle(), mode,
                    WHEN.format(run.startedAt()), outcome))));
        }
        empty(runs, r.runs().isEmpty());
        Div observed = section("record-observations", "records.observations");
        for (ObservationSummary o : r.observations()) {
            observed.add(new Paragraph(getTranslation("records.observation-line", o.checklistTitle(), WHEN.format(o.observedAt()),
                    o.earned(), o.possible(), o.percent(), nullSafe(o.comment()))));
        }
        empty(observed, r.observations().isEmpty());
        FinalResult f = r.finalResult();
        add(section("record-final", "nav.final", new Paragraph(getTranslation("records.final-line", show(f.theory().percent()),
                show(f.practical().percent()), show(f.attitude().percent()), show(f.overall()),
                getTranslation(!f.complete() ? "certificates.incomplete" : f.passed() ? "certificates.passed" : "certificates.failed")))));
        Div certs = section("record-certificates", "records.certificates");
        for (CertificateRow c : r.certificates()) {
            certs.add(new Paragraph(getTranslation("records.certificate-line", c.code(), WHEN.format(c.issuedAt()), c.overall(),
                    c.revokedAt() == null ? "" : getTranslation("certificate.state.revoked", WHEN.format(c.revokedAt())))));
        }
        empty(certs, r.certificates().isEmpty());
        Div weekly = section("record-summaries", "nav.summaries");
        for (org.kefuacademy.records.SummaryWeek w : r.summaries()) {
            weekly.add(new Paragraph(getTranslation("summary.week", w.week()) + " · "
                    + getTranslation("summary.state." + w.state().name().toLowerCase(), w.dueOn())
                    + (w.body() == null ? "" : "：" + w.body()) + (w.comment() == null ? "" : "（" + getTranslation("summary.comment", w.comment()) + "）")));
        }
        empty(weekly, r.summaries().isEmpty());
        Div mentoring = section("record-mentoring", "records.mentoring");
        r.mentoring().assignments().forEach(p -> mentoring.add(new Paragraph(getTranslation("records.mentoring-pair", p.mentorName(),
                p.startedOn(), p.current() ? "" : getTranslation("records.mentoring-until", p.endedOn()), p.sessions(), p.unconfirmed()))));
        r.mentoring().sessions().forEach(s -> mentoring.add(new Paragraph(getTranslation("records.mentoring-session", s.heldOn(), s.topic(),
                s.confirmed() ? getTranslation("mentoring.state.confirmed", WHEN.format(s.confirmedAt())) : getTranslation("mentoring.state.waiting"),
                s.notes()))));
        empty(mentoring, r.mentoring().assignments().isEmpty());
        Div reviews = section("record-performance", "records.performance");
        r.reviews().forEach(v -> reviews.add(new Paragraph(getTranslation("records.performance-line", v.periodLabel(), v.attitude(),
                v.efficiency(), v.complaintHandling(), v.satisfactionPct().toPlainString(), v.complaintsHandledPct().toPlainString(),
                v.responseHours().toPlainString(), java.util.stream.Stream.of(v.reward(), v.correctiveAction()).filter(java.util.Objects::nonNull)
                        .collect(Collectors.joining("；"))))));
        empty(reviews, r.reviews().isEmpty());
        Div feedback = section("record-surveys", "nav.surveys");
        for (org.kefuacademy.evaluation.PersonSurveyResponse sr : r.surveys()) {
            feedback.add(new H4(getTranslation("survey.record-line", getTranslation(sr.isFinal() ? "evaluation.final" : "evaluation.week",
                    sr.week()), sr.title(), WHEN.format(sr.updatedAt()))));
            sr.answers().forEach(a -> feedback.add(new Paragraph(getTranslation("survey.record-answer", a.questionNo(), a.question(),
                    a.scoreLabel() != null ? a.scoreLabel() : a.text() != null ? a.text() : getTranslation("survey.record-skipped")))));
        }
        empty(feedback, r.surveys().isEmpty());
        add(section("record-competences", "nav.competences",
                new Anchor("competences/person/" + r.person().id(), getTranslation("records.open-competences"))));
    }

    private Div section(String id, String titleKey, com.vaadin.flow.component.Component... content) {
        Div box = new Div(new H3(getTranslation(titleKey)));
        box.add(content);
        box.setId(id);
        box.addClassName("kefu-card");
        box.setWidthFull();
        add(box);
        return box;
    }

    private void empty(Div box, boolean none) {
        if (none) {
            box.add(new Paragraph(getTranslation("records.none")));
        }
    }

    private static String show(Integer v) {
        return v == null ? "—" : String.valueOf(v);
    }

    private static String nullSafe(String s) {
        return s == null ? "—" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.title", name) + " · " + getTranslation("app.name");
    }
}
