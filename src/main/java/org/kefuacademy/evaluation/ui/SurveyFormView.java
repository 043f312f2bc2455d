package org.kefuacademy.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.kefuacademy.evaluation.SurveyService;
import org.kefuacademy.evaluation.SurveySheet;
import org.kefuacademy.evaluation.SurveyTemplate;
import org.kefuacademy.evaluation.SurveyWindow;
import org.kefuacademy.evaluation.domain.SurveyAnswer;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** One survey's form: a 1–5 choice per scale question, a text box per open question; read-only once locked. */
@Route("surveys/answer")
@RolesAllowed(Roles.TRAINEE)
class SurveyFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final String FINAL = "final";
    private final transient SurveyService surveys;
    private final Map<Integer, RadioButtonGroup<Integer>> scales = new LinkedHashMap<>();
    private final Map<Integer, TextArea> texts = new LinkedHashMap<>();
    private String title = "";

    SurveyFormView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("kefu-page");
    }

    /** "1".."4" or "final", as in the address. */
    static String parameter(int week) {
        return week == SurveyWindow.FINAL ? FINAL : String.valueOf(week);
    }

    static String weekLabel(Component c, int week) {
        return week == SurveyWindow.FINAL ? c.getTranslation("evaluation.final") : c.getTranslation("evaluation.week", week);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        scales.clear();
        texts.clear();
        Button back = new Button(getTranslation("survey.back"), e -> getUI().ifPresent(ui -> ui.navigate(MySurveysView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("survey-back");
        add(back);
        int week = FINAL.equals(parameter) ? SurveyWindow.FINAL : parseWeek(parameter);
        SurveySheet sheet;
        try {
            sheet = surveys.sheet(week);
        } catch (UserFacingException e) {
            Paragraph refused = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
            refused.setId("survey-refused");
            add(refused);
            return;
        }
        title = weekLabel(this, week) + " · " + sheet.template().title();
        add(new H2(title));
        if (!sheet.template().introduction().isBlank()) {
            add(new Paragraph(sheet.template().introduction()));
        }
        boolean editable = sheet.slot().editable();
        add(new Paragraph(getTranslation(editable ? "survey.required-hint" : "survey.locked-note")));
        for (SurveyTemplate.Question q : sheet.template().questions()) {
            add(field(sheet, q, editable));
        }
        if (editable) {
            Button submit = new Button(getTranslation(sheet.slot().responseId() == null ? "survey.submit" : "survey.update"),
                    e -> submit(week, sheet.templateVersionId()));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("survey-submit");
            add(submit);
        }
    }

    private Component field(SurveySheet sheet, SurveyTemplate.Question q, boolean editable) {
        String label = q.no() + ". " + q.text() + (q.required() ? " *" : "");
        HasValue<?, ?> field;
        if (q.kind() == SurveyTemplate.QuestionKind.SCALE) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
            group.setItems(IntStream.rangeClosed(1, SurveyTemplate.SCALE_MAX).boxed().toList());
            group.setItemLabelGenerator(sheet.template()::anchor);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setValue(sheet.scores().get(q.no()));
            scales.put(q.no(), group);
            field = group;
        } else {
            TextArea area = new TextArea(label);
            area.setWidthFull();
            area.setMaxLength(SurveyAnswer.MAX_TEXT_LENGTH);
            area.setPlaceholder(getTranslation("survey.text-placeholder"));
            area.setValue(sheet.texts().getOrDefault(q.no(), ""));
            texts.put(q.no(), area);
            field = area;
        }
        field.setReadOnly(!editable);
        Component c = (Component) field;
        c.setId("survey-q-" + q.no());
        return c;
    }

    private void submit(int week, long versionId) {
        Map<Integer, Integer> scores = new HashMap<>();
        scales.forEach((no, g) -> {
            if (g.getValue() != null) {
                scores.put(no, g.getValue());
            }
        });
        Map<Integer, String> answers = new HashMap<>();
        texts.forEach((no, t) -> {
            if (!t.getValue().isBlank()) {
                answers.put(no, t.getValue());
            }
        });
        try {
            surveys.submit(week, versionId, scores, answers);
            Notices.success(this, "survey.saved", weekLabel(this, week));
            getUI().ifPresent(ui -> ui.navigate(MySurveysView.class));
        } catch (UserFacingException ex) {
            Notices.refused(this, ex);
        }
    }

    private static int parseWeek(String parameter) {
        try {
            return Integer.parseInt(parameter);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
