package org.kefuacademy.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Role;

/** Landing page: a card for who you are, then one card per role you hold. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {
    /** The trainee's plan view lives in the curriculum feature; linked by route, not by class. */
    private static final String MY_LEARNING = "my-learning";
    private static final String FINAL = "final";
    private static final String CERTIFICATES = "certificates";
    /** Certificates expiring within this many days are brought up for re-certification. */
    static final int REMIND_DAYS = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient CurriculumService curriculum;

    HomeView(AccountService accounts, CohortService cohorts, CurriculumService curriculum, CertificateService certificates,
             Clock clock) {
        this.curriculum = curriculum;
        addClassName("kefu-page");
        AccountSummary me = accounts.me();
        List<MyCohort> mine = cohorts.mine();
        H2 greeting = new H2(getTranslation("home.greeting", me.displayName()));
        greeting.setId("home-greeting");
        add(greeting, whoAmI(me));
        if (me.hasRole(Role.TRAINEE)) {
            add(traineeCard(mine.stream().filter(c -> !c.asTrainer()).findFirst().orElse(null)));
            myCertificate(certificates.mine(), clock.instant()).ifPresent(this::add);
        }
        if (me.hasRole(Role.TRAINER)) {
            add(trainerCard(mine.stream().filter(MyCohort::asTrainer).toList()));
        }
        if (me.hasRole(Role.HR)) {
            add(card("home-hr", getTranslation("home.hr.title"), new Paragraph(getTranslation("home.hr.body")),
                    recertification(certificates.expiringWithin(REMIND_DAYS))));
        }
        if (me.hasRole(Role.ADMIN)) {
            add(card("home-admin", getTranslation("home.admin.title"), new Paragraph(getTranslation("home.admin.body"))));
        }
    }

    /** The trainee's valid certificate, with a reminder when it expires soon. */
    private java.util.Optional<Component> myCertificate(List<CertificateRow> mine, Instant now) {
        return mine.stream().filter(c -> c.valid(now)).findFirst().map(c -> {
            boolean soon = c.expiresAt() != null && c.expiresAt().isBefore(now.plus(Duration.ofDays(REMIND_DAYS)));
            Paragraph line = new Paragraph(soon ? getTranslation("home.certificate.expiring", DATE.format(c.expiresAt()))
                    : getTranslation("home.certificate.held", c.code()));
            line.setId("home-certificate");
            if (soon) {
                line.addClassName("kefu-badge-off");
            }
            return card("home-certificate-card", getTranslation("home.certificate.title"), line,
                    new Anchor(FINAL, getTranslation("home.certificate.open")));
        });
    }

    /** HR's re-certification reminder: certificates that expire soon. */
    private Component recertification(List<CertificateRow> expiring) {
        Div box = new Div();
        box.setId("home-recertification");
        box.add(new Paragraph(expiring.isEmpty() ? getTranslation("home.hr.none-expiring", REMIND_DAYS)
                : getTranslation("home.hr.expiring", expiring.size(), REMIND_DAYS)));
        expiring.stream().limit(5).forEach(c -> box.add(new Paragraph(getTranslation("certificates.expiring-line", c.personName(),
                c.code(), DATE.format(c.expiresAt())))));
        box.add(new Anchor(CERTIFICATES, getTranslation("nav.certificates")));
        return box;
    }

    private Component whoAmI(AccountSummary me) {
        String roles = me.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining("、"));
        Paragraph p = new Paragraph(getTranslation("home.you-are", me.username(), roles));
        p.addClassName("kefu-muted");
        p.setId("home-roles");
        return p;
    }

    private Component traineeCard(MyCohort cohort) {
        if (cohort == null) {
            return card("home-trainee", getTranslation("home.trainee.title"),
                    new Paragraph(getTranslation("home.trainee.no-cohort")));
        }
        Component card = card("home-trainee", getTranslation("home.trainee.title"),
                new Paragraph(getTranslation("home.cohort-line", cohort.cohort().name(), cohort.cohort().startDate())),
                new Paragraph(position(cohort.today())),
                new Paragraph(getTranslation("home.trainers", cohort.trainerNames().isEmpty()
                        ? getTranslation("home.none") : String.join("、", cohort.trainerNames()))));
        curriculum.myPlan().ifPresent(plan -> {
            ProgressBar bar = new ProgressBar(0, 1, plan.progress(0));
            Span done = new Span(getTranslation("learning.overall", plan.completed(), plan.days().size()));
            done.setId("home-progress");
            Anchor open = new Anchor(MY_LEARNING, getTranslation("home.trainee.open-plan"));
            open.setId("home-open-plan");
            ((Div) card).add(done, bar, open);
        });
        return card;
    }

    private Component trainerCard(List<MyCohort> cohorts) {
        Div body = new Div();
        if (cohorts.isEmpty()) {
            body.add(new Paragraph(getTranslation("home.trainer.no-cohort")));
        }
        for (MyCohort c : cohorts) {
            body.add(new Paragraph(getTranslation("home.trainer.cohort-line", c.cohort().name(),
                    c.cohort().traineeCount(), position(c.today()))));
        }
        return card("home-trainer", getTranslation("home.trainer.title"), body);
    }

    private String position(TrainingCalendar.Position p) {
        return switch (p.phase()) {
            case NOT_STARTED -> getTranslation("cohort.phase.not-started", p.daysUntilStart());
            case IN_TRAINING -> getTranslation(p.trainingToday() ? "cohort.phase.in-training" : "cohort.phase.rest-day",
                    p.week(), p.day(), p.dayIndex());
            case FINISHED -> getTranslation("cohort.phase.finished");
        };
    }

    private static Component card(String id, String title, Component... content) {
        Div card = new Div(new H3(title));
        card.add(content);
        card.addClassName("kefu-card");
        card.setId(id);
        card.setWidthFull();
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
