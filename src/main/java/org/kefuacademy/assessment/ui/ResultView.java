package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.kefuacademy.assessment.Answers;
import org.kefuacademy.assessment.AssessmentDefinition;
import org.kefuacademy.assessment.AttemptResult;
import org.kefuacademy.assessment.AttemptResults;
import org.kefuacademy.assessment.Grade;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;

/** The result of an attempt: score, pass or fail, per competence, and every answer with its explanation. */
@Route("result")
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
class ResultView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient AttemptResults results;
    private String title = "";

    ResultView(AttemptResults results) {
        this.results = results;
        addClassName("kefu-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        removeAll();
        AttemptResult r;
        try {
            r = results.result(attemptId);
        } catch (UserFacingException e) {
            add(new H2(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        title = r.title();
        add(new H2(getTranslation("result.title", r.title(), r.attemptNo())));
        Div summary = new Div();
        summary.addClassName("kefu-card");
        summary.setId("result-summary");
        summary.setWidthFull();
        String score = getTranslation("result.score", r.score(), r.maxScore(), r.percent());
        summary.add(new H3(score));
        if (r.graded()) {
            Paragraph verdict = new Paragraph(getTranslation(Boolean.TRUE.equals(r.passed()) ? "result.passed" : "result.failed",
                    r.passMark()));
            verdict.addClassName(Boolean.TRUE.equals(r.passed()) ? "kefu-badge-ok" : "kefu-badge-off");
            verdict.setId("result-verdict");
            summary.add(verdict);
        } else {
            Paragraph pending = new Paragraph(getTranslation("result.pending", r.pendingManual()));
            pending.setId("result-verdict");
            summary.add(pending);
        }
        if (r.byDeadline()) {
            summary.add(new Paragraph(getTranslation("result.by-deadline")));
        }
        add(summary, competences(r.byCompetence()));
        add(new H3(getTranslation("result.review")));
        if (r.review() == AssessmentDefinition.Review.SCORE) {
            add(new Paragraph(getTranslation("result.review-score-only")));
        }
        for (AttemptResult.ReviewItem item : r.items()) {
            add(review(item, r.review() == AssessmentDefinition.Review.FULL));
        }
    }

    private Div competences(Map<Competence, double[]> byCompetence) {
        Div box = new Div(new H3(getTranslation("result.by-competence")));
        box.addClassName("kefu-card");
        box.setWidthFull();
        box.setId("result-competences");
        byCompetence.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double share = e.getValue()[1] == 0 ? 0 : e.getValue()[0] / e.getValue()[1];
            Span label = new Span(getTranslation("result.competence-line", getTranslation(e.getKey().labelKey()),
                    Math.round(share * 100)));
            box.add(label, new ProgressBar(0, 1, share));
        });
        return box;
    }

    private Div review(AttemptResult.ReviewItem item, boolean full) {
        Div card = new Div();
        card.addClassName("kefu-card");
        card.addClassName("kefu-review-" + item.grade().result().name().toLowerCase());
        card.setWidthFull();
        Span head = new Span(getTranslation("result.item-head", item.position(),
                getTranslation("result.outcome." + item.grade().result().name().toLowerCase()), item.grade().earned(),
                item.grade().max()));
        head.addClassName("kefu-review-head");
        Paragraph stem = new Paragraph(item.question().stem());
        Paragraph given = new Paragraph(getTranslation("review.given", Answers.given(this, item.question(), item.response())));
        Paragraph right = new Paragraph(getTranslation(item.grade().result() == Grade.Result.PENDING
                ? "review.rubric" : "review.right", Answers.right(this, item.question())));
        Paragraph explanation = new Paragraph(getTranslation("review.explanation", item.question().explanation()));
        explanation.addClassName("kefu-muted");
        card.add(head, stem, given);
        if (full) {
            card.add(right, explanation);
        }
        if (item.comment() != null && !item.comment().isBlank()) {
            card.add(new Paragraph(getTranslation("review.comment", item.comment())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
