package org.kefuacademy.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.kefuacademy.evaluation.EvaluationTables;
import org.kefuacademy.evaluation.OpenAnswer;
import org.kefuacademy.evaluation.SurveyAggregate;
import org.kefuacademy.evaluation.SurveyAggregates;
import org.kefuacademy.evaluation.SurveyTemplate;
import org.kefuacademy.evaluation.SurveyWindow;
import org.kefuacademy.platform.ui.ExportButtons;

/** A cohort's survey for one week (or the final one): response rate, each scale question's mean and spread, open answers. */
class SurveyResultsPanel extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int EXPORT_LIMIT = 5000;
    private final transient SurveyAggregates aggregates;
    private final transient EvaluationTables tables = new EvaluationTables(this::getTranslation);
    private final Select<Integer> week = new Select<>();
    private final Paragraph rate = new Paragraph();
    private final Grid<SurveyAggregate.QuestionStats> questions = new Grid<>();
    private final Grid<OpenAnswer> open = new Grid<>();
    private long cohortId;
    private SurveyAggregate current;

    SurveyResultsPanel(SurveyAggregates aggregates) {
        this.aggregates = aggregates;
        setPadding(false);
        setId("evaluation-surveys");
        week.setLabel(getTranslation("evaluation.survey-picker"));
        week.setItems(IntStream.of(SurveyWindow.all()).boxed().toList());
        week.setItemLabelGenerator(tables::weekLabel);
        week.setValue(1);
        week.setId("evaluation-week");
        week.addValueChangeListener(e -> refresh());
        rate.setId("evaluation-response-rate");
        questions.setId("evaluation-questions");
        questions.addColumn(q -> q.questionNo()).setHeader(getTranslation("evaluation.col.no")).setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(SurveyAggregate.QuestionStats::question).setHeader(getTranslation("evaluation.col.question")).setFlexGrow(1);
        questions.addColumn(SurveyAggregate.QuestionStats::answers).setHeader(getTranslation("evaluation.col.answers")).setAutoWidth(true);
        questions.addColumn(q -> show(EvaluationTables.round(q.mean()))).setHeader(getTranslation("evaluation.col.mean")).setAutoWidth(true);
        for (int s = 1; s <= SurveyTemplate.SCALE_MAX; s++) {
            int score = s;
            questions.addColumn(q -> q.distribution().get(score - 1)).setHeader(getTranslation("evaluation.col.score", s)).setAutoWidth(true);
        }
        questions.setAllRowsVisible(true);
        open.setId("evaluation-open");
        open.addColumn(OpenAnswer::questionNo).setHeader(getTranslation("evaluation.col.no")).setAutoWidth(true).setFlexGrow(0);
        open.addColumn(OpenAnswer::question).setHeader(getTranslation("evaluation.col.question")).setFlexGrow(1);
        open.addColumn(o -> o.personName() == null ? "—" : o.personName()).setHeader(getTranslation("evaluation.col.person"))
                .setKey("person").setAutoWidth(true);
        open.addColumn(OpenAnswer::text).setHeader(getTranslation("evaluation.col.answer")).setFlexGrow(2);
        open.addColumn(o -> WHEN.format(o.answeredAt())).setHeader(getTranslation("evaluation.col.when")).setAutoWidth(true);
        open.setHeight("24em");
        add(new H3(getTranslation("evaluation.surveys")), week, rate, questions,
                new ExportButtons("evaluation-questions", "survey-questions", () -> tables.questions(current)),
                new H4(getTranslation("evaluation.open-answers")), open,
                new ExportButtons("evaluation-open", "survey-open-answers", this::openTable));
        if (!aggregates.seesNames()) {
            open.getColumnByKey("person").setVisible(false);
            add(new Paragraph(getTranslation("evaluation.anonymous")));
        }
    }

    void show(long cohortId) {
        this.cohortId = cohortId;
        refresh();
    }

    private void refresh() {
        int w = week.getValue() == null ? 1 : week.getValue();
        current = aggregates.aggregate(cohortId, w);
        rate.setText(getTranslation("evaluation.response-rate", current.responses(), current.trainees(),
                current.responseRatePercent() == null ? "—" : current.responseRatePercent()));
        questions.setItems(current.questions());
        open.setItems(q -> aggregates.openAnswers(cohortId, w, q.getOffset(), q.getLimit()).stream(),
                q -> (int) aggregates.openAnswerCount(cohortId, w));
    }

    private org.kefuacademy.platform.tabular.Table openTable() {
        int w = current.week();
        List<OpenAnswer> all = new ArrayList<>(aggregates.openAnswers(cohortId, w, 0, EXPORT_LIMIT));
        return tables.openAnswers(all, aggregates.seesNames());
    }

    private static String show(Object v) {
        return v == null ? "—" : v.toString();
    }
}
