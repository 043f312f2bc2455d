package org.kefuacademy.certificate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kefuacademy.certificate.CertificateService;
import org.kefuacademy.certificate.Verification;
import org.kefuacademy.platform.security.SystemAuthentication;

/**
 * The public verification page the certificate's QR code opens (no sign-in): valid, revoked (with the
 * date) or expired, with the name partly masked, the cohort and the issue date — nothing more. Once the
 * holder has been anonymised, no name at all.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    private final transient CertificateService certificates;

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("kefu-verify");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        removeAll();
        Verification v = SystemAuthentication.callAsSystem(() -> certificates.verify(code));
        Image logo = new Image("themes/default/logo.svg", "");
        logo.addClassName("kefu-logo");
        Div card = new Div();
        card.addClassName("kefu-card");
        card.addClassName("kefu-verify-card");
        card.setId("verification");
        card.getElement().setAttribute("data-status", v.status().name().toLowerCase());
        Paragraph status = new Paragraph(getTranslation("verify.status." + v.status().name().toLowerCase()));
        status.setId("verify-status");
        status.addClassName("kefu-verify-status");
        card.add(status);
        if (v.status() != Verification.Status.UNKNOWN) {
            card.add(new Paragraph(v.maskedName() == null ? getTranslation("verify.holder-anonymised")
                    : getTranslation("verify.name", v.maskedName())));
            if (v.cohortName() != null) {
                card.add(new Paragraph(getTranslation("verify.cohort", v.cohortName())));
            }
            card.add(new Paragraph(getTranslation("verify.issued", DATE.format(v.issuedAt()))));
            if (v.revokedAt() != null) {
                card.add(new Paragraph(getTranslation("verify.revoked-on", DATE.format(v.revokedAt()))));
            } else if (v.expiresAt() != null) {
                card.add(new Paragraph(getTranslation(v.status() == Verification.Status.EXPIRED ? "verify.expired-on"
                        : "verify.valid-until", DATE.format(v.expiresAt()))));
            }
        }
        add(logo, new H1(getTranslation("verify.title")), card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " · " + getTranslation("app.name");
    }
}
