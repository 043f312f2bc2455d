package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.kefuacademy.platform.content.RenderedDocument;
import org.kefuacademy.platform.ui.Diagrams;

/** The rendered body of a page (already safe HTML) with its diagrams drawn. */
class ModuleContent extends Div {

    ModuleContent(RenderedDocument document) {
        addClassName("kefu-prose");
        setId("module-content");
        getElement().setProperty("innerHTML", document.html());
        if (document.hasDiagrams()) {
            addAttachListener(e -> Diagrams.draw(this));
        }
    }

    static void scrollTo(com.vaadin.flow.component.Component any, String anchor) {
        any.getElement().executeJs("const t = document.getElementById($0); if (t) { t.scrollIntoView({behavior: 'smooth'}); }",
                anchor);
    }

    /** A table of contents linking to the page's level-2 and level-3 headings. */
    static Nav tableOfContents(RenderedDocument document, String title) {
        Nav toc = new Nav();
        toc.addClassName("kefu-toc");
        toc.setId("module-toc");
        Span heading = new Span(title);
        heading.addClassName("kefu-toc-title");
        toc.add(heading);
        for (RenderedDocument.Heading h : document.headings()) {
            // Scrolled by script: a "#fragment" href would resolve against the app's base URL.
            Span link = new Span(h.text());
            link.addClassName("kefu-toc-link");
            link.addClassName("kefu-toc-level-" + h.level());
            link.getElement().setAttribute("role", "link");
            link.getElement().setAttribute("tabindex", "0");
            link.addClickListener(e -> scrollTo(link, h.anchor()));
            toc.add(link);
        }
        return toc;
    }
}
