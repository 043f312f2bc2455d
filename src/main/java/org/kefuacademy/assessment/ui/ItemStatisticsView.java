package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.ItemStatistics;
import org.kefuacademy.assessment.ItemStatisticsService;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.Table;

/** 题目分析: facility, discrimination and option choices per question, with warnings worth a look. */
@Route("content/statistics")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
@Menu(title = "nav.statistics", order = 65, icon = "vaadin:chart")
class ItemStatisticsView extends VerticalLayout implements HasDynamicTitle {

    ItemStatisticsView(ItemStatisticsService statistics) {
        addClassName("kefu-page");
        Paragraph help = new Paragraph(getTranslation("stats.help"));
        help.addClassName("kefu-muted");
        Grid<ItemStatistics> grid = new Grid<>();
        grid.addColumn(ItemStatistics::questionId).setHeader(getTranslation("stats.question")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("question.type." + s.type().id())).setHeader(getTranslation("stats.type"));
        grid.addColumn(ItemStatistics::answers).setHeader(getTranslation("stats.answers"));
        grid.addColumn(s -> Math.round(s.facility() * 100) + "%").setHeader(getTranslation("stats.facility"))
                .setComparator(ItemStatistics::facility);
        grid.addColumn(s -> s.discrimination() == null ? "—" : String.format("%.2f", s.discrimination()))
                .setHeader(getTranslation("stats.discrimination"));
        grid.addColumn(s -> s.warnings().stream().map(this::getTranslation).collect(Collectors.joining("；")))
                .setHeader(getTranslation("stats.warnings")).setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(s -> {
            Div details = new Div(new Paragraph(s.stem()));
            s.optionCounts().forEach((option, count) -> details.add(new Paragraph(getTranslation("stats.option", option, count))));
            return details;
        }));
        grid.setItems(statistics.all());
        grid.setId("stats-grid");
        add(new H2(getTranslation("nav.statistics")), help, grid,
                new ExportButtons("stats-export", "item-statistics", () -> exportTable(statistics.all())));
        setSizeFull();
    }

    /** The grid as a sheet, every question the service reports (facility in percent). */
    Table exportTable(java.util.List<ItemStatistics> all) {
        return new Table(getTranslation("nav.statistics"), java.util.List.of(getTranslation("stats.question"), getTranslation("stats.type"),
                getTranslation("stats.answers"), getTranslation("stats.facility"), getTranslation("stats.discrimination"),
                getTranslation("stats.warnings")),
                org.kefuacademy.platform.tabular.ExportRows.capped(all).stream().<java.util.List<?>>map(s -> java.util.Arrays.asList(
                        s.questionId(), getTranslation("question.type." + s.type().id()), s.answers(), Math.round(s.facility() * 100),
                        s.discrimination() == null ? null : Math.round(s.discrimination() * 100) / 100.0,
                        s.warnings().stream().map(this::getTranslation).collect(Collectors.joining("；")))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics") + " · " + getTranslation("app.name");
    }
}
