package org.kefuacademy.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.MyCohort;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.security.CurrentUser;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.records.SummaryWeek;
import org.kefuacademy.records.WeeklySummaryService;
import org.kefuacademy.records.domain.WeeklySummary;
import org.springframework.data.domain.PageRequest;

/** 小结批阅: a cohort's summaries by trainee and week, overdue ones flagged; a row opens the text to comment on. */
@Route("summaries/cohort")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.summary-review", order = 54, icon = "vaadin:notebook")
class CohortSummariesView extends VerticalLayout implements HasDynamicTitle {
    private static final int COHORTS_LISTED = 50;
    private final transient WeeklySummaryService summaries;
    private final Grid<SummaryWeek> grid = new Grid<>();
    private final Select<CohortSummary> cohort = new Select<>();

    CohortSummariesView(WeeklySummaryService summaries, CohortService cohorts, CurrentUser currentUser, java.time.Clock clock) {
        this.summaries = summaries;
        addClassName("kefu-page");
        var me = currentUser.require();
        List<CohortSummary> list = me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)
                ? cohorts.search("", PageRequest.of(0, COHORTS_LISTED))
                : cohorts.mine().stream().filter(MyCohort::asTrainer).map(MyCohort::cohort).toList();
        cohort.setLabel(getTranslation("heatmap.cohort"));
        cohort.setItems(list);
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("summaries-cohort");
        cohort.addValueChangeListener(e -> refresh());
        grid.setId("summaries-grid");
        grid.addColumn(SummaryWeek::personName).setHeader(getTranslation("heatmap.person")).setAutoWidth(true);
        grid.addColumn(w -> getTranslation("summary.week", w.week())).setHeader(getTranslation("summary.col.week")).setAutoWidth(true);
        grid.addColumn(w -> getTranslation("summary.state." + w.state().name().toLowerCase(), w.dueOn()))
                .setHeader(getTranslation("summary.col.state")).setFlexGrow(1);
        grid.addColumn(w -> w.comment() == null ? "" : "✔").setHeader(getTranslation("summary.col.commented")).setAutoWidth(true);
        grid.setPartNameGenerator(w -> w.state() == SummaryWeek.State.OVERDUE ? "overdue" : null);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("nav.summary-review")), cohort, grid, new ExportButtons("summaries-export", "weekly-summaries",
                () -> exportTable(cohort.getValue() == null ? List.of() : summaries.ofCohort(cohort.getValue().id()))));
        CohortSummary.inTraining(list, java.time.LocalDate.now(clock)).ifPresent(cohort::setValue);
        setSizeFull();
    }

    private void refresh() {
        grid.setItems(cohort.getValue() == null ? List.of() : summaries.ofCohort(cohort.getValue().id()));
    }

    private void open(SummaryWeek w) {
        if (w.summaryId() == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(w.personName() + " · " + getTranslation("summary.week", w.week()));
        dialog.setWidth("min(720px, 95vw)");
        dialog.add(new Paragraph(w.body()));
        TextArea comment = new TextArea(getTranslation("summary.your-comment"));
        comment.setWidthFull();
        comment.setMaxLength(WeeklySummary.MAX_COMMENT_LENGTH);
        comment.setValue(w.comment() == null ? "" : w.comment());
        comment.setId("summary-comment");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                summaries.comment(w.summaryId(), comment.getValue());
                dialog.close();
                refresh();
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        save.setId("summary-comment-save");
        dialog.add(comment);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), save);
        dialog.open();
    }

    Table exportTable(List<SummaryWeek> weeks) {
        return new Table(getTranslation("nav.summary-review"), List.of(getTranslation("heatmap.person"), getTranslation("summary.col.week"),
                getTranslation("summary.col.state"), getTranslation("summary.col.commented")),
                weeks.stream().<List<?>>map(w -> List.of(w.personName(), getTranslation("summary.week", w.week()),
                        getTranslation("summary.state." + w.state().name().toLowerCase(), w.dueOn()), w.comment() == null ? "" : "✔")).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.summary-review") + " · " + getTranslation("app.name");
    }
}
