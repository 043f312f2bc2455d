package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.ModuleSummary;

/** 参考资料: the pages staff keep using after the month (phrases, processes, radio rules). */
@Route("references")
@PermitAll
@Menu(title = "nav.references", order = 20, icon = "vaadin:book")
class ReferencesView extends VerticalLayout implements HasDynamicTitle {

    ReferencesView(CurriculumService curriculum) {
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.references")));
        for (ModuleSummary page : curriculum.references()) {
            RouterLink link = new RouterLink(page.title(), ModuleReaderView.class, page.key());
            Div card = new Div(link);
            if (page.summary() != null) {
                Paragraph summary = new Paragraph(page.summary());
                summary.addClassName("kefu-muted");
                card.add(summary);
            }
            card.addClassName("kefu-card");
            card.setWidthFull();
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.references") + " · " + getTranslation("app.name");
    }
}
