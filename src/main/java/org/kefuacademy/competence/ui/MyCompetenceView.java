package org.kefuacademy.competence.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.platform.Roles;

/** 我的能力: the trainee's own profile as a radar chart and a list with the evidence behind each competence. */
@Route("competences")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.competences", order = 18, icon = "vaadin:chart-3d")
class MyCompetenceView extends VerticalLayout implements HasDynamicTitle {

    MyCompetenceView(CompetenceService competences) {
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.competences")), new ProfilePanel(competences.myProfile(), competences.framework()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.competences") + " · " + getTranslation("app.name");
    }
}
