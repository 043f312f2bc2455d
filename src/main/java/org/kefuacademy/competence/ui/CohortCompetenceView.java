package org.kefuacademy.competence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kefuacademy.competence.CohortHeatmap;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.competence.CompetenceStanding;
import org.kefuacademy.people.AccessScope;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.ui.ExportButtons;
import org.kefuacademy.platform.tabular.Table;

/**
 * 能力热力图: a cohort's trainees × competences, each cell the weighted percent coloured by level,
 * and the cohort's weakest competences. A name opens that person's profile with its evidence.
 */
@Route("competences/cohort")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(title = "nav.heatmap", order = 58, icon = "vaadin:grid-small")
class CohortCompetenceView extends VerticalLayout implements HasDynamicTitle {
    private final transient CompetenceService competences;
    private final Div map = new Div();

    CohortCompetenceView(CompetenceService competences, AccessScope scope, Clock clock) {
        this.competences = competences;
        addClassName("kefu-page");
        Select<CohortSummary> cohort = new Select<>();
        cohort.setLabel(getTranslation("heatmap.cohort"));
        List<CohortSummary> list = scope.readableCohorts(); // a trainer only the cohorts they train
        cohort.setItems(list);
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setId("heatmap-cohort");
        cohort.addValueChangeListener(e -> show(e.getValue()));
        map.setId("heatmap");
        map.setWidthFull();
        add(new H2(getTranslation("nav.heatmap")), cohort, map);
        CohortSummary.inTraining(list, LocalDate.now(clock)).ifPresent(cohort::setValue);
    }

    private void show(CohortSummary cohort) {
        map.removeAll();
        if (cohort == null) {
            return;
        }
        CohortHeatmap heat = competences.heatmap(cohort.id());
        if (!heat.weakest().isEmpty()) {
            map.add(new H3(getTranslation("heatmap.weakest")));
            Div weak = new Div();
            weak.setId("heatmap-weakest");
            for (CohortHeatmap.Weak w : heat.weakest()) {
                weak.add(new Paragraph(getTranslation("heatmap.weak-line", getTranslation(w.competence().labelKey()), w.percent(),
                        w.peopleBelow(), heat.rules().demonstratedPercent())));
            }
            map.add(weak);
        }
        Div scroller = new Div();
        scroller.addClassName("kefu-heatmap-scroll");
        scroller.getElement().appendChild(table(heat));
        map.add(scroller);
        map.add(new ExportButtons("heatmap-export", "competence-heatmap", () -> exportTable(competences.heatmap(cohort.id()))));
        Paragraph legend = new Paragraph(getTranslation("heatmap.legend", heat.rules().minimumEvidence()));
        legend.addClassName("kefu-muted");
        map.add(legend);
    }

    /** The heatmap as a sheet: a row per trainee, a column per competence (percent; empty without enough evidence). */
    Table exportTable(CohortHeatmap heat) {
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("heatmap.person")));
        for (Competence c : Competence.values()) {
            headers.add(getTranslation(c.labelKey()));
        }
        List<List<?>> rows = heat.rows().stream().<List<?>>map(r -> {
            List<Object> cells = new java.util.ArrayList<>(List.of(r.name()));
            r.standings().forEach(s -> cells.add(s.percent()));
            return cells;
        }).toList();
        return new Table(getTranslation("nav.heatmap"), headers, rows);
    }

    /** Built with the element API: names and labels are text, never HTML. */
    private Element table(CohortHeatmap heat) {
        Element table = new Element("table");
        table.getClassList().add("kefu-heatmap");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(getTranslation("heatmap.person")));
        for (Competence c : Competence.values()) {
            head.appendChild(new Element("th").setText(getTranslation(c.labelKey())));
        }
        table.appendChild(head);
        for (CohortHeatmap.Row row : heat.rows()) {
            Element tr = new Element("tr");
            Element name = new Element("a").setText(row.name());
            name.setAttribute("href", RouteConfiguration.forSessionScope().getUrl(PersonCompetenceView.class, row.accountId()));
            tr.appendChild(new Element("th").appendChild(name));
            for (CompetenceStanding s : row.standings()) {
                Element td = new Element("td").setText(s.percent() == null ? "—" : String.valueOf(s.percent()));
                td.getClassList().add("kefu-heat-" + s.level().name().toLowerCase().replace('_', '-'));
                td.setAttribute("title", getTranslation(s.level().labelKey()) + " · " + getTranslation("heatmap.items", s.items()));
                tr.appendChild(td);
            }
            table.appendChild(tr);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.heatmap") + " · " + getTranslation("app.name");
    }
}
