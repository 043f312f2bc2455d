package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kefuacademy.assessment.GradingService;
import org.kefuacademy.assessment.GradingTask;
import org.kefuacademy.assessment.Question;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** 批改: short answers waiting for a trainer, each with its rubric and model answer. */
@Route("grading")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(title = "nav.grading", order = 55, icon = "vaadin:edit")
class GradingView extends VerticalLayout implements HasDynamicTitle {
    private static final int PAGE = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private final transient GradingService grading;

    GradingView(GradingService grading) {
        this.grading = grading;
        addClassName("kefu-page");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("nav.grading")));
        List<GradingTask> tasks = grading.queue(PAGE);
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("grading.none"));
            none.setId("grading-empty");
            add(none);
        }
        tasks.forEach(t -> add(card(t)));
    }

    private Div card(GradingTask task) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.setWidthFull();
        card.setId("grading-" + task.answerId());
        Question q = task.question();
        card.add(new H3(getTranslation("grading.head", task.traineeName(), task.assessmentTitle(), task.position(),
                WHEN.format(task.submittedAt().atZone(ZoneId.of("Asia/Shanghai"))))));
        card.add(new Paragraph(q.stem()));
        Paragraph answer = new Paragraph(getTranslation("review.given", task.answer()));
        answer.addClassName("kefu-answer");
        card.add(answer);
        List<IntegerField> scores = new ArrayList<>();
        for (Question.RubricItem item : q.rubric()) {
            IntegerField score = new IntegerField(getTranslation("grading.item", item.text(), item.points()));
            score.setMin(0);
            score.setMax(item.points());
            score.setStepButtonsVisible(true);
            score.setValue(0);
            score.setWidthFull();
            scores.add(score);
            card.add(score);
        }
        Paragraph model = new Paragraph(getTranslation("grading.model", q.explanation()));
        model.addClassName("kefu-muted");
        TextArea comment = new TextArea(getTranslation("grading.comment"));
        comment.setMaxLength(GradingService.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        Button save = new Button(getTranslation("grading.save"), e -> {
            try {
                grading.grade(task.answerId(), scores.stream().map(IntegerField::getValue).toList(), comment.getValue());
                Notices.success(this, "grading.saved", task.traineeName());
                refresh();
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("grading-save-" + task.answerId());
        card.add(model, comment, save);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.grading") + " · " + getTranslation("app.name");
    }
}
