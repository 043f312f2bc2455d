package org.kefuacademy.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.security.KefuUser;

/**
 * The record page's privacy row: the PDF transcript (whoever may open the record), and for HR and
 * administrators the personal data export and anonymisation; with the retention rule stated.
 */
class PrivacyActions extends Div {

    PrivacyActions(PrivacyServices services, AccountSummary person, Runnable afterAnonymise) {
        setId("record-privacy");
        addClassName("kefu-card");
        setWidthFull();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.add(download("record-transcript", getTranslation("privacy.transcript"), "transcript-" + person.id() + ".pdf",
                "application/pdf", () -> services.transcripts.transcript(person.id())));
        KefuUser me = services.currentUser.require();
        boolean hrOrAdmin = me.hasRole(Role.HR) || me.hasRole(Role.ADMIN);
        boolean anonymised = hrOrAdmin && services.anonymisation.isAnonymised(person.id());
        if (hrOrAdmin) {
            actions.add(download("record-export", getTranslation("privacy.export"), "personal-data-" + person.id() + ".zip",
                    "application/zip", () -> services.exports.zip(person.id())));
            if (!anonymised) {
                Button anonymise = new Button(getTranslation("privacy.anonymise"),
                        e -> new AnonymiseDialog(services.anonymisation, person, afterAnonymise).open());
                anonymise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                anonymise.setId("record-anonymise");
                actions.add(anonymise);
            }
        }
        add(actions);
        if (anonymised) {
            Paragraph done = new Paragraph(getTranslation("privacy.is-anonymised"));
            done.setId("record-anonymised");
            add(done);
        }
        Paragraph retention = new Paragraph(getTranslation("privacy.retention-rule", services.anonymisation.retentionYears()));
        retention.setId("record-retention");
        retention.addClassName("kefu-hint");
        add(retention);
    }

    private static Anchor download(String id, String label, String fileName, String type, Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), fileName, type, b.length);
        }), label);
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
