package org.kefuacademy.certificate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.kefuacademy.certificate.FinalResult;

/** The final assessment's three parts, each with its percent, how it was computed and what is missing; then the verdict. */
class FinalResultPanel extends Div {

    FinalResultPanel(FinalResult r) {
        addClassName("kefu-final");
        setId("final-result");
        var p = r.policy();
        add(part("final.part.theory", p.theoryWeight(), r.theory(), "final-theory"),
                part("final.part.practical", p.practicalWeight(), r.practical(), "final-practical"),
                part("final.part.attitude", p.attitudeWeight(), r.attitude(), "final-attitude"));
        Paragraph verdict = new Paragraph(r.complete()
                ? getTranslation(r.passed() ? "final.passed" : "final.failed", r.overall(), p.passOverall(), p.passEachPart())
                : getTranslation("final.incomplete", p.passOverall(), p.passEachPart()));
        verdict.setId("final-verdict");
        verdict.addClassName("kefu-final-verdict");
        verdict.getElement().setAttribute("data-passed", String.valueOf(r.passed()));
        add(verdict);
    }

    private Div part(String titleKey, int weight, FinalResult.Part part, String id) {
        Div box = new Div();
        box.addClassName("kefu-card");
        box.setId(id);
        box.add(new H3(getTranslation(titleKey, weight) + " · " + (part.percent() == null ? "—" : getTranslation("final.points", part.percent()))));
        for (FinalResult.Note n : part.basis()) {
            box.add(new Paragraph(getTranslation(n.key(), n.args().toArray())));
        }
        for (FinalResult.Note n : part.missing()) {
            Paragraph missing = new Paragraph(getTranslation(n.key(), n.args().toArray()));
            missing.addClassName("kefu-badge-off");
            box.add(missing);
        }
        return box;
    }
}
