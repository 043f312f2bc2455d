package org.kefuacademy.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.platform.security.SystemAuthentication;
import org.kefuacademy.testsupport.DemoUiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Final assessment and certificate screens on the demo data: the graduate's, HR's, and the public verification page. */
class CertificateViewsTest extends DemoUiTest {
    @Autowired
    CertificateService certificates;

    @Test
    @WithUserDetails("trainee.he")
    void the_graduate_sees_her_passed_final_assessment_and_her_certificate() {
        navigate(FinalResultView.class);
        assertThat(find(Paragraph.class).withId("final-verdict").single().getText()).contains("通过").doesNotContain("未通过");
        assertThat(find(Div.class).withId("final-practical").single().getElement().getTextRecursively()).contains("实操 =");
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getId().orElse("").startsWith("download-"));
    }

    @Test
    @WithUserDetails("trainee.li")
    void a_trainee_part_way_through_sees_what_is_still_missing() {
        navigate(FinalResultView.class);
        assertThat(find(Paragraph.class).withId("final-verdict").single().getText()).startsWith("三部分成绩齐全后");
        assertThat(find(Paragraph.class).withClassName("kefu-badge-off").all()).isNotEmpty();
        assertThat(find(Div.class).withId("my-certificates").single().getElement().getTextRecursively()).contains("还没有证书");
    }

    @Test
    @WithUserDetails("hr.zhao")
    void hr_sees_the_graduates_cohort_with_her_certificate_and_the_rules() {
        navigate(CertificatesView.class);
        @SuppressWarnings("unchecked")
        Grid<CertificatesView.Row> grid = find(Grid.class).withId("certificates-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).person().displayName()).isEqualTo("何佳怡");
        assertThat(test(grid).getRow(0).certificate()).isNotNull();
        assertThat(find(Details.class).withId("certificates-policy").all()).hasSize(1);
        test(find(Button.class).withId("policy-save").single()).click();
        assertThat(find(Div.class).withId("certificates-expiring").all()).hasSize(1);
    }

    @Test
    void the_public_page_says_valid_for_a_real_code_and_nothing_for_an_unknown_one() {
        CertificateRow c = SystemAuthentication.callAsSystem(() -> certificates.expiringWithin(4000)).getFirst();
        navigate("verify/" + c.code(), VerifyView.class);
        assertThat(find(Paragraph.class).withId("verify-status").single().getText()).isEqualTo("✔ 证书有效");
        assertThat(find(Div.class).withId("verification").single().getElement().getTextRecursively()).contains("何*怡")
                .doesNotContain("何佳怡");
        navigate("verify/ZZZZZZZZZZZZ", VerifyView.class);
        assertThat(find(Paragraph.class).withId("verify-status").single().getText()).isEqualTo("查无此证书，请核对证书编号");
        assertThat(find(Div.class).withId("verification").single().getElement().getTextRecursively()).doesNotContain("持证人");
    }

    @Test
    @WithUserDetails("trainee.li")
    void trainees_cannot_open_certificate_management() {
        assertThat(navigate("certificates", RouteNotFoundError.class)).isNotNull();
    }
}
