package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.TextStyle;
import java.util.Optional;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.LearningPlan;
import org.kefuacademy.curriculum.PlanDay;
import org.kefuacademy.people.TrainingCalendar;
import org.kefuacademy.platform.Roles;

/** 我的学习: the trainee's month as a plan, today highlighted, progress per week and overall. */
@Route("my-learning")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.learning", order = 10, icon = "vaadin:academy-cap")
class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    MyLearningView(CurriculumService curriculum) {
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.learning")));
        Optional<LearningPlan> plan = curriculum.myPlan();
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("home.trainee.no-cohort")));
            return;
        }
        LearningPlan p = plan.get();
        Paragraph cohort = new Paragraph(getTranslation("learning.cohort", p.cohortName(), p.startDate()));
        cohort.addClassName("kefu-muted");
        add(cohort, overall(p));
        p.next().ifPresent(next -> {
            Button go = new Button(getTranslation(next.status() == PlanDay.Status.TODAY ? "learning.today" : "learning.continue",
                    next.module().title()), VaadinIcon.BOOK.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ModuleReaderView.class, next.module().key())));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("learning-next");
            add(go);
        });
        for (int week = 1; week <= TrainingCalendar.WEEKS; week++) {
            add(week(p, week));
        }
    }

    private Component overall(LearningPlan p) {
        ProgressBar bar = new ProgressBar(0, 1, p.progress(0));
        bar.setId("progress-overall");
        Span label = new Span(getTranslation("learning.overall", p.completed(), p.days().size()));
        label.setId("progress-overall-label");
        Div box = new Div(label, bar);
        box.addClassName("kefu-progress");
        box.setWidthFull();
        return box;
    }

    private Component week(LearningPlan p, int week) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.addClassName("kefu-week");
        card.setId("week-" + week);
        card.setWidthFull();
        long done = p.week(week).stream().filter(PlanDay::done).count();
        H3 title = new H3(getTranslation("week.title", week, getTranslation("week." + week)));
        ProgressBar bar = new ProgressBar(0, 1, p.progress(week));
        bar.setId("progress-week-" + week);
        Span count = new Span(getTranslation("learning.week-count", done, p.week(week).size()));
        count.setId("progress-week-" + week + "-label");
        count.addClassName("kefu-muted");
        card.add(title, count, bar);
        for (PlanDay day : p.week(week)) {
            card.add(dayRow(day));
        }
        return card;
    }

    private Component dayRow(PlanDay day) {
        Div row = new Div();
        row.addClassName("kefu-day");
        row.addClassName("kefu-day-" + day.status().name().toLowerCase());
        row.setId("day-" + day.module().key());
        Span date = new Span(getTranslation("learning.date", day.date().getMonthValue(), day.date().getDayOfMonth(),
                day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())));
        date.addClassName("kefu-day-date");
        RouterLink link = new RouterLink(getTranslation("learning.day-title", day.module().day(), day.module().title()),
                ModuleReaderView.class, day.module().key());
        link.addClassName("kefu-day-title");
        Span status = new Span(getTranslation("learning.status." + day.status().name().toLowerCase()));
        status.addClassName("kefu-day-status");
        row.add(date, link, status);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.learning") + " · " + getTranslation("app.name");
    }
}
