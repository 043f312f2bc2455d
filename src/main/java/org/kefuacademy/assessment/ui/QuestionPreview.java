package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.kefuacademy.assessment.Answers;
import org.kefuacademy.assessment.Question;

/** A question as a trainer checks it: stem, options with the right ones ticked, the right answer, explanation, facts. */
class QuestionPreview extends Div {

    QuestionPreview(Question q) {
        addClassName("kefu-question-preview");
        add(new Paragraph(q.stem()));
        if (!q.options().isEmpty()) {
            UnorderedList options = new UnorderedList();
            q.options().forEach(o -> options.add(new ListItem((o.correct() ? "✓ " : "　 ") + o.text())));
            add(options);
        }
        add(new Paragraph(getTranslation("review.right", Answers.right(this, q))));
        Paragraph explanation = new Paragraph(getTranslation("review.explanation", q.explanation()));
        explanation.addClassName("kefu-muted");
        add(explanation, new Paragraph(getTranslation("questions.meta", q.difficulty(), q.points(), q.line())));
    }
}
