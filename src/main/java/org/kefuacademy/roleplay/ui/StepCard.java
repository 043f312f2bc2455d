package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.roleplay.Debrief;
import org.kefuacademy.roleplay.RunReviewService;

/** One step in the debrief: the line, the answer, the feedback, points, analysis findings, reviews (and review controls). */
class StepCard extends Div {

    StepCard(Debrief.StepDetail step, String persona, RunReviewService reviewer, Runnable changed) {
        addClassName("kefu-step");
        setId("step-" + step.seq());
        Paragraph head = new Paragraph(getTranslation("roleplay.step-head", step.seq(), step.secondsTaken(),
                step.moodBefore(), step.moodAfter()));
        head.addClassName("kefu-muted");
        add(head);
        if (!step.personaLine().isEmpty()) {
            add(new Paragraph(persona + "：" + step.personaLine()));
        }
        Paragraph answer = new Paragraph(step.answer() == null ? getTranslation("roleplay.timed-out")
                : getTranslation("roleplay.you-said", step.answer()));
        answer.addClassName("kefu-step-answer");
        add(answer);
        if (step.feedback() != null) {
            Paragraph feedback = new Paragraph(step.feedback());
            feedback.addClassName("kefu-step-feedback");
            add(feedback);
        }
        if (step.replyPercent() != null) {
            add(new Paragraph(getTranslation("roleplay.reply-percent", step.replyPercent())));
        }
        for (Debrief.HitLine hit : step.hits()) {
            add(hit(hit));
        }
        Div points = new Div();
        points.addClassName("kefu-step-points");
        for (Debrief.PointsLine p : step.points()) {
            Span s = new Span(p.overridden() == null
                    ? getTranslation("roleplay.points", getTranslation(p.competence().labelKey()), p.earned(), p.possible())
                    : getTranslation("roleplay.points-overridden", getTranslation(p.competence().labelKey()), p.overridden(),
                    p.possible(), p.earned()));
            s.addClassName("kefu-points");
            points.add(s);
        }
        add(points);
        for (Debrief.ReviewLine r : step.reviews()) {
            Paragraph line = new Paragraph(r.competence() == null ? getTranslation("roleplay.review-comment", r.author(), r.comment())
                    : getTranslation("roleplay.review-override", r.author(), getTranslation(r.competence().labelKey()),
                    r.oldEarned(), r.newEarned(), r.comment()));
            line.addClassName("kefu-review");
            add(line);
        }
        if (reviewer != null) {
            add(reviewControls(step, reviewer, changed));
        }
    }

    private Div hit(Debrief.HitLine hit) {
        Div line = new Div();
        line.addClassName("kefu-hit");
        line.addClassName("kefu-hit--" + hit.category().toLowerCase());
        String text = switch (hit.category()) {
            case "STEP" -> getTranslation("roleplay.hit.step", getTranslation("roleplay.step." + hit.groupId()), hit.matched());
            case "MISSING" -> getTranslation("roleplay.hit.missing", getTranslation("roleplay.step." + hit.groupId()), hit.reason());
            case "POLITE" -> getTranslation("roleplay.hit.polite", hit.label(), hit.matched(), hit.points(), hit.reason());
            default -> getTranslation("roleplay.hit.taboo", hit.label(), hit.matched(), hit.points(), hit.reason());
        };
        line.setText(text);
        return line;
    }

    private Div reviewControls(Debrief.StepDetail step, RunReviewService reviewer, Runnable changed) {
        TextField comment = new TextField();
        comment.setPlaceholder(getTranslation("roleplay.comment-placeholder"));
        comment.setId("comment-" + step.seq());
        Button addComment = new Button(getTranslation("roleplay.comment"), e -> act(() -> reviewer.comment(step.stepId(), comment.getValue()), changed));
        addComment.setId("comment-save-" + step.seq());
        Div controls = new Div(new HorizontalLayout(comment, addComment));
        if (!step.points().isEmpty()) {
            Select<Competence> competence = new Select<>();
            competence.setItems(step.points().stream().map(Debrief.PointsLine::competence).toList());
            competence.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
            competence.setValue(step.points().getFirst().competence());
            IntegerField points = new IntegerField();
            points.setPlaceholder(getTranslation("roleplay.override-points"));
            points.setId("override-points-" + step.seq());
            TextField reason = new TextField();
            reason.setPlaceholder(getTranslation("roleplay.override-reason"));
            reason.setId("override-reason-" + step.seq());
            Button override = new Button(getTranslation("roleplay.override"), e -> act(() -> {
                if (points.getValue() == null) {
                    throw new UserFacingException("roleplay.override-points-required");
                }
                reviewer.override(step.stepId(), competence.getValue(), points.getValue(), reason.getValue());
            }, changed));
            override.setId("override-save-" + step.seq());
            controls.add(new HorizontalLayout(competence, points, reason, override));
        }
        controls.addClassName("kefu-review-controls");
        return controls;
    }

    private void act(Runnable action, Runnable changed) {
        try {
            action.run();
            Notices.success(this, "roleplay.review-saved");
            changed.run();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }
}
