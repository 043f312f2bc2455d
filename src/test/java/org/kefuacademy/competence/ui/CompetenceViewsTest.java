package org.kefuacademy.competence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The competence screens on the demo data: a trainee's radar and evidence, the cohort heatmap, a person's profile. */
class CompetenceViewsTest extends DemoUiTest {

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_sees_her_radar_and_the_evidence_behind_each_competence() {
        navigate(MyCompetenceView.class);
        String svg = find(Div.class).withId("radar").single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("kefu-radar-value").contains("投诉处理");
        assertThat(find(Details.class).all()).hasSize(10);
        String complaints = find(Details.class).withId("standing-complaints").single().getElement().getTextRecursively();
        assertThat(complaints).contains("条证据").contains("加权实得");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_the_cohort_heatmap_and_its_weakest_competences() {
        navigate(CohortCompetenceView.class);
        String table = find(Div.class).withId("heatmap").single().getElement().getOuterHTML();
        assertThat(table).contains("李晓雯").contains("陈浩").contains("周婷").contains("kefu-heat-");
        assertThat(find(Div.class).withId("heatmap-weakest").single().getElement().getTextRecursively()).contains("加权得分率");
    }

    @Test
    @WithUserDetails("mentor.sun")
    @SuppressWarnings("unchecked")
    void a_trainer_picks_only_the_cohort_she_trains() {
        navigate(CohortCompetenceView.class);
        var cohort = (com.vaadin.flow.component.select.Select<org.kefuacademy.people.CohortSummary>)
                find(com.vaadin.flow.component.select.Select.class).withId("heatmap-cohort").single();
        assertThat(cohort.getListDataView().getItems().map(org.kefuacademy.people.CohortSummary::traineeCount).toList())
                .as("the demo cohort in training only, not the graduates' or next month's").containsExactly(3L);
        String table = find(Div.class).withId("heatmap").single().getElement().getOuterHTML();
        assertThat(table).contains("李晓雯").contains("周婷").doesNotContain("何佳怡");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_opens_a_persons_profile() {
        long li = org.kefuacademy.platform.security.SystemAuthentication.callAsSystem(() -> accountId("trainee.li"));
        navigate(PersonCompetenceView.class, li);
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo("李晓雯 的能力画像");
        assertThat(find(Div.class).withId("radar").single().getElement().getProperty("innerHTML")).contains("<svg");
    }

    @Test
    @WithUserDetails("trainee.chen")
    void a_trainee_cannot_open_the_heatmap_or_anothers_profile() {
        assertThat(navigate("competences/cohort", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("competences/person/1", RouteNotFoundError.class)).isNotNull();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.kefuacademy.people.AccountService accounts;

    private long accountId(String username) {
        return accounts.search(username, org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
    }
}
