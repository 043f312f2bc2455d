package org.kefuacademy.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.certificate.CertificateRow;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.certificate.FinalAssessmentService;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;

/** 结业考核: the trainee's final assessment so far (each part, how computed, what is missing) and her certificates. */
@Route("final")
@RolesAllowed(Roles.TRAINEE)
@Menu(title = "nav.final", order = 19, icon = "vaadin:diploma")
class FinalResultView extends VerticalLayout implements HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    FinalResultView(FinalAssessmentService finals, CertificateService certificates, CurrentUser currentUser, Clock clock) {
        addClassName("kefu-page");
        add(new H2(getTranslation("nav.final")), new FinalResultPanel(finals.result(currentUser.accountId())));
        Div mine = new Div();
        mine.setId("my-certificates");
        mine.add(new H3(getTranslation("certificate.mine")));
        var list = certificates.mine();
        if (list.isEmpty()) {
            mine.add(new Paragraph(getTranslation("certificate.none-yet")));
        }
        for (CertificateRow c : list) {
            String state = c.revokedAt() != null ? getTranslation("certificate.state.revoked", DATE.format(c.revokedAt()))
                    : !c.valid(clock.instant()) ? getTranslation("certificate.state.expired")
                    : c.expiresAt() != null ? getTranslation("certificate.state.valid-until", DATE.format(c.expiresAt()))
                    : getTranslation("certificate.state.valid");
            mine.add(new Paragraph(getTranslation("certificate.line", c.code(), DATE.format(c.issuedAt()), c.overall(), state)));
            if (c.revokedAt() == null) {
                Anchor download = new Anchor(DownloadHandler.fromInputStream(dl -> {
                    byte[] pdf = certificates.pdf(c.id());
                    return new DownloadResponse(new ByteArrayInputStream(pdf), "certificate-" + c.code() + ".pdf", "application/pdf",
                            pdf.length);
                }), getTranslation("certificate.download"));
                download.setId("download-" + c.code());
                download.getElement().setAttribute("download", true);
                mine.add(download);
                Anchor verify = new Anchor(certificates.verifyUrl(c.code()), getTranslation("certificate.open-verify"));
                verify.setTarget("_blank");
                verify.setId("verify-" + c.code());
                mine.add(new Div(verify));
            }
        }
        add(mine);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.final") + " · " + getTranslation("app.name");
    }
}
