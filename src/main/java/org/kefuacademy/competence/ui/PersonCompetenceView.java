package org.kefuacademy.competence.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.kefuacademy.competence.CompetenceService;
import org.kefuacademy.people.AccountService;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Roles;

/** One person's profile, for trainers, HR and administrators (from the heatmap). */
@Route("competences/person")
@RolesAllowed({Roles.TRAINER, Roles.HR, Roles.ADMIN})
class PersonCompetenceView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient CompetenceService competences;
    private final transient AccountService accounts;
    private String name = "";

    PersonCompetenceView(CompetenceService competences, AccountService accounts) {
        this.competences = competences;
        this.accounts = accounts;
        addClassName("kefu-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long accountId) {
        removeAll();
        name = accounts.findAll(Set.of(accountId)).stream().findFirst().map(AccountSummary::displayName).orElse("#" + accountId);
        add(new H2(getTranslation("competence.person-title", name)),
                new ProfilePanel(competences.profileOf(accountId, name), competences.framework()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competence.person-title", name) + " · " + getTranslation("app.name");
    }
}
