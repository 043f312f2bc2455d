package org.kefuacademy.competence.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kefuacademy.competence.CompetenceFramework;
import org.kefuacademy.competence.CompetenceStanding;
import org.kefuacademy.competence.Profile;
import org.kefuacademy.platform.Competence;

/**
 * A profile as a radar chart and a list: each competence with its level, how the percent was
 * computed, and the evidence behind it (newest first, each with the weight its age gives it).
 */
class ProfilePanel extends Div {
    static final int EVIDENCE_SHOWN = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    ProfilePanel(Profile profile, Optional<CompetenceFramework> framework) {
        addClassName("kefu-profile");
        List<String> labels = profile.standings().stream().map(s -> name(s.competence(), framework)).toList();
        List<Integer> values = profile.standings().stream().map(CompetenceStanding::percent).toList();
        Div radar = new Div();
        radar.setId("radar");
        radar.addClassName("kefu-radar-box");
        radar.getElement().setProperty("innerHTML", RadarChart.svg(labels, values, profile.rules().demonstratedPercent()));
        Paragraph rules = new Paragraph(getTranslation("competence.rules", profile.rules().demonstratedPercent(),
                profile.rules().minimumEvidence(), profile.rules().halfLifeDays(), profile.rules().developingPercent()));
        rules.addClassName("kefu-muted");
        add(radar, rules);
        for (CompetenceStanding s : profile.standings()) {
            add(details(s, framework));
        }
    }

    private String name(Competence c, Optional<CompetenceFramework> framework) {
        boolean english = getLocale() != null && getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        return framework.map(f -> f.competences().get(c)).map(d -> english ? d.nameEn() : d.name())
                .orElseGet(() -> getTranslation(c.labelKey()));
    }

    private Details details(CompetenceStanding s, Optional<CompetenceFramework> framework) {
        Span level = new Span(getTranslation(s.level().labelKey()));
        level.addClassName("kefu-level");
        level.getElement().setAttribute("data-level", s.level().name().toLowerCase());
        Span summary = new Span(getTranslation("competence.summary", name(s.competence(), framework),
                s.percent() == null ? "—" : s.percent() + "%", s.items()));
        Div head = new Div(summary, level);
        head.addClassName("kefu-standing-head");
        Div body = new Div();
        framework.map(f -> f.competences().get(s.competence())).ifPresent(d -> body.add(new Paragraph(d.text())));
        if (s.items() > 0) {
            body.add(new Paragraph(getTranslation("competence.computed", String.format(Locale.ROOT, "%.2f", s.weightedEarned()),
                    String.format(Locale.ROOT, "%.2f", s.weightedPossible()), s.percent() == null ? "—" : s.percent())));
            Grid<CompetenceStanding.Weighted> grid = new Grid<>();
            grid.addColumn(w -> DAY.format(w.item().recordedAt())).setHeader(getTranslation("competence.col.day")).setAutoWidth(true);
            grid.addColumn(w -> getTranslation("competence.source." + w.item().sourceKind().toLowerCase()))
                    .setHeader(getTranslation("competence.col.source")).setAutoWidth(true);
            grid.addColumn(w -> w.item().label()).setHeader(getTranslation("competence.col.what")).setFlexGrow(2);
            grid.addColumn(w -> trim(w.item().earned()) + " / " + trim(w.item().possible()))
                    .setHeader(getTranslation("competence.col.points")).setAutoWidth(true);
            grid.addColumn(w -> String.format(Locale.ROOT, "%.2f", w.weight())).setHeader(getTranslation("competence.col.weight"))
                    .setAutoWidth(true);
            grid.setItems(s.evidence().stream().sorted((a, b) -> b.item().recordedAt().compareTo(a.item().recordedAt()))
                    .limit(EVIDENCE_SHOWN).toList());
            grid.setAllRowsVisible(true);
            body.add(grid);
            if (s.items() > EVIDENCE_SHOWN) {
                body.add(new Paragraph(getTranslation("competence.more-evidence", s.items() - EVIDENCE_SHOWN)));
            }
        } else {
            body.add(new Paragraph(getTranslation("competence.no-evidence")));
        }
        Details details = new Details(head, body);
        details.setId("standing-" + s.competence().id());
        details.setWidthFull();
        return details;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
