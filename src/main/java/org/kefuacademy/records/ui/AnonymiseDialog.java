package org.kefuacademy.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.kefuacademy.people.AccountSummary;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.records.Anonymisation;

/**
 * Confirms an anonymisation: names the person, says what happens and what cannot be undone, and asks
 * for their employee number (or name, if they have none) typed in.
 */
class AnonymiseDialog extends Dialog {

    AnonymiseDialog(Anonymisation anonymisation, AccountSummary person, Runnable after) {
        setHeaderTitle(getTranslation("privacy.anonymise-title", person.displayName()));
        setId("anonymise-dialog");
        add(new Paragraph(getTranslation("privacy.anonymise-explain", person.displayName())));
        boolean byNumber = person.employeeNo() != null && !person.employeeNo().isBlank();
        TextField typed = new TextField(getTranslation(byNumber ? "privacy.type-employee-no" : "privacy.type-name",
                byNumber ? person.employeeNo() : person.displayName()));
        typed.setWidthFull();
        typed.setId("anonymise-confirmation");
        add(typed);
        Button confirm = new Button(getTranslation("privacy.anonymise-confirm"), e -> {
            try {
                anonymisation.anonymise(person.id(), typed.getValue());
                Notices.success(this, "privacy.anonymised-notice");
                close();
                after.run();
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("anonymise-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
