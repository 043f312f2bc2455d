package org.kefuacademy.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithUserDetails;

class HomeViewTest extends DemoUiTest {

    private String cardText(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("trainee.chen")
    void a_trainee_sees_their_cohort_its_trainers_and_today_in_week_three() {
        navigate(HomeView.class);
        assertThat(find(H2.class).withId("home-greeting").single().getText()).isEqualTo("您好，陈浩");
        String card = cardText("home-trainee");
        assertThat(card).contains("新员工入职培训").contains("王建国").contains("孙丽华");
        assertThat(card).containsPattern("第 3 周 第 \\d 天|已完成第 3 周");
    }

    @Test
    @WithUserDetails("trainee.wu")
    void a_trainee_of_next_weeks_cohort_sees_it_has_not_started() {
        navigate(HomeView.class);
        assertThat(cardText("home-trainee")).contains("尚未开始");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_sees_both_cohorts_they_run() {
        navigate(HomeView.class);
        String card = cardText("home-trainer");
        assertThat(card).contains("3 名新员工").contains("1 名新员工");
        assertThat(find(Div.class).withId("home-trainee").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_the_administration_card_only() {
        navigate(HomeView.class);
        assertThat(cardText("home-admin")).contains("账号管理");
        assertThat(find(Div.class).withId("home-trainee").all()).isEmpty();
    }

    @Test
    @WithUserDetails("trainee.he")
    void the_graduate_sees_her_certificate_on_the_home_page() {
        navigate(HomeView.class);
        assertThat(cardText("home-certificate-card")).contains("你已通过综合考核，证书编号");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_the_recertification_reminder() {
        navigate(HomeView.class);
        assertThat(cardText("home-hr")).contains("60 天内没有到期的证书");
    }
}
