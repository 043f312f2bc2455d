package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.PageKind;
import org.kefuacademy.curriculum.SearchHit;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** Search over every module and reference page; Chinese phrases are found as typed. */
@Route("search")
@PermitAll
@Menu(title = "nav.search", order = 25, icon = "vaadin:search")
class SearchView extends VerticalLayout implements HasDynamicTitle {
    private final transient CurriculumService curriculum;
    private final Div results = new Div();
    private final TextField query = new TextField();

    SearchView(CurriculumService curriculum) {
        this.curriculum = curriculum;
        addClassName("kefu-page");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(CurriculumService.SEARCH_MAX_LENGTH);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setWidthFull();
        query.setId("search-query");
        query.addValueChangeListener(e -> search());
        query.addKeyPressListener(Key.ENTER, e -> search());
        results.setId("search-results");
        results.setWidthFull();
        add(new H2(getTranslation("nav.search")), query, results);
    }

    private void search() {
        results.removeAll();
        if (query.getValue().isBlank()) {
            return;
        }
        List<SearchHit> hits;
        try {
            hits = curriculum.search(query.getValue());
        } catch (UserFacingException e) {
            Notices.refused(this, e);
            return;
        }
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", query.getValue().strip())));
            return;
        }
        results.add(new Paragraph(getTranslation("search.count", hits.size())));
        for (SearchHit hit : hits) {
            String label = hit.module().kind() == PageKind.MODULE
                    ? getTranslation("module.week-day", hit.module().week(), hit.module().day()) + " · " + hit.module().title()
                    : getTranslation("module.reference") + " · " + hit.module().title();
            Paragraph snippet = new Paragraph(hit.snippet());
            snippet.addClassName("kefu-muted");
            Div card = new Div(new RouterLink(label, ModuleReaderView.class, hit.module().key()), snippet);
            card.addClassName("kefu-card");
            card.addClassName("kefu-search-hit");
            results.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.search") + " · " + getTranslation("app.name");
    }
}
