package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.ExamSheet;
import org.kefuacademy.assessment.Response;

/**
 * One question on the exam page: its text and the input its type needs. Every change is handed
 * to {@code onAnswer} at once, which saves it on the server. Saved answers are put back before the
 * listeners are added, so restoring them saves nothing.
 */
class QuestionPanel extends VerticalLayout {
    private static final int TEXT_MAX = 2000;

    QuestionPanel(ExamSheet.ExamQuestion q, int total, Consumer<Response> onAnswer) {
        addClassName("kefu-question");
        setPadding(false);
        Span number = new Span(getTranslation("exam.question-of", q.position(), total,
                getTranslation("question.type." + q.type().id()), q.points()));
        number.addClassName("kefu-muted");
        Div stem = new Div();
        stem.addClassName("kefu-prose");
        stem.setId("question-stem");
        stem.getElement().setProperty("innerHTML", q.stemHtml());
        add(number, stem, input(q, onAnswer));
    }

    private Component input(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        return switch (q.type()) {
            case SINGLE -> single(q, onAnswer);
            case MULTIPLE -> multiple(q, onAnswer);
            case TRUEFALSE -> trueFalse(q, onAnswer);
            case FILL -> fill(q, onAnswer);
            case ORDERING -> new Ordering(q, onAnswer);
            case MATCHING -> matching(q, onAnswer);
            case SHORT -> essay(q, onAnswer);
        };
    }

    private Component single(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        RadioButtonGroup<ExamSheet.Choice> group = new RadioButtonGroup<>();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(q.choices());
        group.setItemLabelGenerator(ExamSheet.Choice::text);
        group.addClassName("kefu-choices");
        group.setId("answer-input");
        if (q.saved() instanceof Response.Choice c && !c.chosen().isEmpty()) {
            q.choices().stream().filter(ch -> c.chosen().contains(ch.index())).findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onAnswer.accept(new Response.Choice(Set.of(e.getValue().index())));
            }
        });
        return group;
    }

    private Component multiple(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        CheckboxGroup<ExamSheet.Choice> group = new CheckboxGroup<>();
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(q.choices());
        group.setItemLabelGenerator(ExamSheet.Choice::text);
        group.addClassName("kefu-choices");
        group.setId("answer-input");
        group.setHelperText(getTranslation("exam.multiple-help"));
        if (q.saved() instanceof Response.Choice c) {
            group.setValue(q.choices().stream().filter(ch -> c.chosen().contains(ch.index())).collect(Collectors.toSet()));
        }
        group.addValueChangeListener(e -> {
            onAnswer.accept(new Response.Choice(e.getValue().stream().map(ExamSheet.Choice::index)
                    .collect(Collectors.toSet())));
        });
        return group;
    }

    private Component trueFalse(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> getTranslation(b ? "exam.true" : "exam.false"));
        group.setId("answer-input");
        if (q.saved() instanceof Response.Truth t) {
            group.setValue(t.value());
        }
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onAnswer.accept(new Response.Truth(e.getValue()));
            }
        });
        return group;
    }

    private Component fill(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        TextField field = new TextField(getTranslation("exam.fill-label"));
        field.setMaxLength(100);
        field.setId("answer-input");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        if (q.saved() instanceof Response.Text t) {
            field.setValue(t.value());
        }
        field.addValueChangeListener(e -> {
            onAnswer.accept(new Response.Text(e.getValue()));
        });
        return field;
    }

    private Component essay(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        TextArea area = new TextArea(getTranslation("exam.short-label"));
        area.setMaxLength(TEXT_MAX);
        area.setWidthFull();
        area.setMinHeight("12em");
        area.setId("answer-input");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1000);
        area.setHelperText(getTranslation("exam.short-help", TEXT_MAX));
        if (q.saved() instanceof Response.Text t) {
            area.setValue(t.value());
        }
        area.addValueChangeListener(e -> {
            onAnswer.accept(new Response.Text(e.getValue()));
        });
        return area;
    }

    private Component matching(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setId("answer-input");
        Map<Integer, Integer> current = new HashMap<>(q.saved() instanceof Response.Match m ? m.rightOfLeft() : Map.of());
        for (int left = 0; left < q.lefts().size(); left++) {
            int l = left;
            Select<ExamSheet.Choice> select = new Select<>();
            select.setLabel(q.lefts().get(left));
            select.setItems(q.choices());
            select.setItemLabelGenerator(ExamSheet.Choice::text);
            select.setPlaceholder(getTranslation("exam.match-placeholder"));
            select.setWidthFull();
            Integer saved = current.get(left);
            if (saved != null) {
                q.choices().stream().filter(c -> c.index() == saved).findFirst().ifPresent(select::setValue);
            }
            select.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    current.put(l, e.getValue().index());
                    onAnswer.accept(new Response.Match(current));
                }
            });
            rows.add(select);
        }
        return rows;
    }

    /** Steps shown shuffled; the trainee moves them up and down; every move is an answer. */
    private static final class Ordering extends VerticalLayout {
        private final List<ExamSheet.Choice> order;
        private final Consumer<Response> onAnswer;

        Ordering(ExamSheet.ExamQuestion q, Consumer<Response> onAnswer) {
            this.onAnswer = onAnswer;
            this.order = new ArrayList<>(q.choices());
            if (q.saved() instanceof Response.Order o && o.steps().size() == q.choices().size()) {
                order.sort(java.util.Comparator.comparingInt(c -> o.steps().indexOf(c.index())));
            }
            setPadding(false);
            setSpacing(false);
            setId("answer-input");
            render();
        }

        private void render() {
            removeAll();
            for (int i = 0; i < order.size(); i++) {
                int at = i;
                Span text = new Span((i + 1) + ". " + order.get(i).text());
                text.addClassName("kefu-step-text");
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(at, at - 1));
                up.setEnabled(i > 0);
                up.setAriaLabel(getTranslation("exam.move-up"));
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(at, at + 1));
                down.setEnabled(i < order.size() - 1);
                down.setAriaLabel(getTranslation("exam.move-down"));
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                HorizontalLayout row = new HorizontalLayout(up, down, text);
                row.addClassName("kefu-step");
                row.setAlignItems(Alignment.CENTER);
                add(row);
            }
            Button keep = new Button(getTranslation("exam.keep-order"), e -> answer());
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            keep.setId("keep-order");
            add(keep);
        }

        private void answer() {
            onAnswer.accept(new Response.Order(order.stream().map(ExamSheet.Choice::index).toList()));
        }

        private void move(int from, int to) {
            ExamSheet.Choice moved = order.remove(from);
            order.add(to, moved);
            render();
            answer();
        }
    }
}
