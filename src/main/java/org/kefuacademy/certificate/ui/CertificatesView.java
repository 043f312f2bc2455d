package org.kefuacademy.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.certificate.FinalAssessmentService;
import org.kefuacademy.certificate.FinalPolicyService;
import org.kefuacademy.certificate.FinalResult;
import org.kefuacademy.certificate.PolicyView;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.Table;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 证书管理 (HR): a cohort's final results and certificates — issue one, issue for everyone who passed
 * (with a progress bar), download all as a ZIP, revoke with a reason; certificates expiring soon; and
 * the final assessment's weights and thresholds.
 */
@Route("certificates")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(title = "nav.certificates", order = 52, icon = "vaadin:diploma-scroll")
class CertificatesView extends VerticalLayout implements HasDynamicTitle {
    private static final int COHORTS_LISTED = 50;
    private static final int REMIND_DAYS = 60;
    private final transient CertificateService certificates;
    private final transient FinalAssessmentService finals;
    private final transient CohortService cohorts;
    private final transient Clock clock;
    private final Select<CohortSummary> cohort = new Select<>();
    private final Grid<Row> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();

    /** One trainee: the final result and the newest certificate, if any. */
    record Row(AccountSummary person, FinalResult result, CertificateRow certificate) {
    }

    CertificatesView(CertificateService certificates, FinalAssessmentService finals, FinalPolicyService policies,
                     CohortService cohorts, Clock clock) {
        this.certificates = certificates;
        this.finals = finals;
        this.cohorts = cohorts;
        this.clock = clock;
        addClassName("kefu-page");
        cohort.setLabel(getTranslation("heatmap.cohort"));
        cohort.setItems(cohorts.search("", PageRequest.of(0, COHORTS_LISTED)));
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("certificates-cohort");
        cohort.addValueChangeListener(e -> refresh());
        Button bulk = new Button(getTranslation("certificates.bulk"), e -> bulkIssue());
        bulk.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bulk.setId("certificates-bulk");
        Anchor zip = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] bytes = cohort.getValue() == null ? new byte[0] : certificates.zip(cohort.getValue().id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "certificates.zip", "application/zip", bytes.length);
        }), getTranslation("certificates.zip"));
        zip.setId("certificates-zip");
        zip.getElement().setAttribute("download", true);
        progress.setVisible(false);
        progress.setId("certificates-progress");
        progressText.setId("certificates-progress-text");
        HorizontalLayout actions = new HorizontalLayout(cohort, bulk, zip);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        columns();
        add(new H2(getTranslation("nav.certificates")), actions, progress, progressText, grid,
                new ExportButtons("certificates-export", "certificates", () -> exportTable(rows())), expiring(), new PolicyForm(policies));
        // Open on the latest cohort that has finished its month (certificates are its business), else any with trainees.
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<CohortSummary> all = cohorts.search("", PageRequest.of(0, COHORTS_LISTED)).stream().filter(c -> c.traineeCount() > 0).toList();
        all.stream().filter(c -> c.calendar().days().getLast().isBefore(today)).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(cohort::setValue);
    }

    private void columns() {
        grid.setId("certificates-grid");
        grid.addColumn(r -> r.person().displayName()).setHeader(getTranslation("heatmap.person")).setAutoWidth(true);
        grid.addColumn(r -> show(r.result().theory().percent())).setHeader(getTranslation("certificates.theory"));
        grid.addColumn(r -> show(r.result().practical().percent())).setHeader(getTranslation("certificates.practical"));
        grid.addColumn(r -> show(r.result().attitude().percent())).setHeader(getTranslation("certificates.attitude"));
        grid.addColumn(r -> show(r.result().overall())).setHeader(getTranslation("certificates.overall"));
        grid.addColumn(r -> getTranslation(!r.result().complete() ? "certificates.incomplete"
                : r.result().passed() ? "certificates.passed" : "certificates.failed")).setHeader(getTranslation("certificates.verdict"));
        grid.addColumn(r -> r.certificate() == null ? "—" : r.certificate().code() + " · " + state(r.certificate()))
                .setHeader(getTranslation("certificates.certificate")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout actions(Row r) {
        HorizontalLayout box = new HorizontalLayout();
        if (r.certificate() == null || !r.certificate().valid(clock.instant())) {
            Button issue = new Button(getTranslation("certificates.issue"), e -> act(() -> certificates.issue(r.person().id())));
            issue.setEnabled(r.result().passed());
            issue.setId("issue-" + r.person().id());
            box.add(issue);
        } else {
            CertificateRow c = r.certificate();
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(dl -> {
                byte[] bytes = certificates.pdf(c.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "certificate-" + c.code() + ".pdf", "application/pdf",
                        bytes.length);
            }), "PDF");
            pdf.getElement().setAttribute("download", true);
            TextField reason = new TextField();
            reason.setPlaceholder(getTranslation("certificates.revoke-reason"));
            reason.setId("revoke-reason-" + r.person().id());
            Button revoke = new Button(getTranslation("certificates.revoke"), e -> act(() -> certificates.revoke(c.id(), reason.getValue())));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-" + r.person().id());
            box.add(pdf, reason, revoke);
        }
        box.setAlignItems(FlexComponent.Alignment.BASELINE);
        return box;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notices.success(this, "roleplay.review-saved");
            refresh();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void refresh() {
        if (cohort.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(rows());
    }

    /** The picked cohort's trainees with their results and newest certificates (grid and export). */
    private List<Row> rows() {
        if (cohort.getValue() == null) {
            return List.of();
        }
        Map<Long, CertificateRow> newest = certificates.ofCohort(cohort.getValue().id()).stream()
                .collect(Collectors.toMap(CertificateRow::accountId, Function.identity(),
                        (a, b) -> a.issuedAt().isAfter(b.issuedAt()) ? a : b));
        return cohorts.trainees(cohort.getValue().id()).stream()
                .map(p -> new Row(p, finals.result(p.id()), newest.get(p.id()))).toList();
    }

    Table exportTable(List<Row> rows) {
        return new Table(getTranslation("nav.certificates"), List.of(getTranslation("heatmap.person"), getTranslation("certificates.theory"),
                getTranslation("certificates.practical"), getTranslation("certificates.attitude"), getTranslation("certificates.overall"),
                getTranslation("certificates.verdict"), getTranslation("certificates.certificate")),
                rows.stream().<List<?>>map(r -> java.util.Arrays.asList(r.person().displayName(), r.result().theory().percent(),
                        r.result().practical().percent(), r.result().attitude().percent(), r.result().overall(),
                        getTranslation(!r.result().complete() ? "certificates.incomplete"
                                : r.result().passed() ? "certificates.passed" : "certificates.failed"),
                        r.certificate() == null ? null : r.certificate().code() + " · " + state(r.certificate()))).toList());
    }

    /** Issues for the whole cohort on a worker thread; the page polls for the progress. */
    private void bulkIssue() {
        if (cohort.getValue() == null) {
            return;
        }
        UI ui = UI.getCurrent();
        long id = cohort.getValue().id();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(300);
        Thread.ofVirtual().start(() -> {
            SecurityContextHolder.getContext().setAuthentication(auth);
            try {
                int holding = certificates.issueForCohort(id, (done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : done / (double) total);
                    progressText.setText(getTranslation("certificates.progress", done, total));
                }));
                ui.access(() -> {
                    progressText.setText(getTranslation("certificates.bulk-done", holding));
                    ui.setPollInterval(-1);
                    refresh();
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progressText.setText(getTranslation("certificates.bulk-failed"));
                    ui.setPollInterval(-1);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private Div expiring() {
        Div box = new Div();
        box.setId("certificates-expiring");
        box.add(new H3(getTranslation("certificates.expiring", REMIND_DAYS)));
        List<CertificateRow> soon = certificates.expiringWithin(REMIND_DAYS);
        if (soon.isEmpty()) {
            box.add(new Paragraph(getTranslation("certificates.none-expiring")));
        }
        soon.forEach(c -> box.add(new Paragraph(getTranslation("certificates.expiring-line", c.personName(), c.code(),
                FinalResultView.DATE.format(c.expiresAt())))));
        return box;
    }

    private String state(CertificateRow c) {
        if (c.revokedAt() != null) {
            return getTranslation("certificate.state.revoked", FinalResultView.DATE.format(c.revokedAt()));
        }
        return c.valid(clock.instant()) ? getTranslation("certificate.state.valid") : getTranslation("certificate.state.expired");
    }

    private static String show(Integer value) {
        return value == null ? "—" : String.valueOf(value);
    }

    /** The final assessment's rules, as HR may change them. */
    private final class PolicyForm extends Details {
        PolicyForm(FinalPolicyService policies) {
            PolicyView p = policies.current();
            IntegerField theory = field("certificates.w-theory", p.theoryWeight());
            IntegerField practical = field("certificates.w-practical", p.practicalWeight());
            IntegerField attitude = field("certificates.w-attitude", p.attitudeWeight());
            IntegerField overall = field("certificates.pass-overall", p.passOverall());
            IntegerField each = field("certificates.pass-each", p.passEachPart());
            IntegerField share = field("certificates.roleplay-share", p.roleplayShare());
            IntegerField scenarios = field("certificates.min-scenarios", p.minRoleplayScenarios());
            IntegerField validity = field("certificates.validity", p.validityMonths());
            Button save = new Button(getTranslation("action.save"), e -> {
                try {
                    policies.change(new PolicyView(value(theory), value(practical), value(attitude), value(overall), value(each),
                            value(share), value(scenarios), validity.getValue()));
                    Notices.success(this, "roleplay.review-saved");
                    refresh();
                } catch (UserFacingException ex) {
                    Notices.refused(this, ex);
                }
            });
            save.setId("policy-save");
            HorizontalLayout fields = new HorizontalLayout(theory, practical, attitude, overall, each, share, scenarios, validity, save);
            fields.setWrap(true);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            setSummaryText(getTranslation("certificates.policy"));
            add(fields);
            setId("certificates-policy");
        }

        private IntegerField field(String key, Integer value) {
            IntegerField f = new IntegerField(getTranslation(key));
            f.setValue(value);
            f.setWidth("9em");
            return f;
        }

        private static int value(IntegerField f) {
            return f.getValue() == null ? -1 : f.getValue();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificates") + " · " + getTranslation("app.name");
    }
}
