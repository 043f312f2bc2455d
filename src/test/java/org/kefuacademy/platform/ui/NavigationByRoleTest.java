package org.kefuacademy.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees only what it may open, and is refused the rest even by typing the URL. */
class NavigationByRoleTest extends DemoUiTest {

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_sees_home_learning_assessments_references_and_search() {
        assertThat(navigationLabels()).containsExactly("首页", "我的学习", "我的测评", "每周小结", "情景演练", "我的能力", "结业考核", "参考资料", "我的师傅", "培训反馈", "搜索");
    }

    @Test
    @WithUserDetails("trainer.wang")
    void a_trainer_sees_course_content_but_not_the_trainee_plan() {
        assertThat(navigationLabels()).containsExactly("首页", "参考资料", "搜索", "培训看板", "人员档案", "师带徒", "小结批阅", "批改简答题", "观察评分", "演练记录", "能力热力图", "绩效考核", "课程内容", "题库", "情景管理", "题目分析", "培训评估");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_cohorts_but_not_accounts() {
        assertThat(navigationLabels()).containsExactly("首页", "参考资料", "搜索", "培训看板", "培训批次", "人员档案", "证书管理", "师带徒", "小结批阅", "演练记录", "能力热力图", "绩效考核", "课程内容", "题库", "情景管理", "题目分析", "培训评估");
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_cohorts_and_accounts() {
        assertThat(navigationLabels()).containsExactly("首页", "参考资料", "搜索", "培训看板", "培训批次", "人员档案", "证书管理", "师带徒", "小结批阅", "批改简答题", "观察评分", "演练记录", "能力热力图", "绩效考核", "课程内容", "题库", "情景管理", "题目分析", "培训评估", "账号管理", "审计日志");
    }

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_typing_an_admin_or_hr_address_is_refused() {
        assertThat(navigate("admin/accounts", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("cohorts", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("content/modules", RouteNotFoundError.class)).isNotNull();
        assertThat(navigate("content/edit/w1d1-company-and-service-philosophy", RouteNotFoundError.class)).isNotNull();
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_typing_the_accounts_address_is_refused() {
        assertThat(navigate("admin/accounts", RouteNotFoundError.class)).isNotNull();
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_are_sent_to_login() {
        Component view = navigate("cohorts", Component.class);
        assertThat(view.getClass().getSimpleName()).isEqualTo("LoginView");
        assertThat(navigate("", Component.class).getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
