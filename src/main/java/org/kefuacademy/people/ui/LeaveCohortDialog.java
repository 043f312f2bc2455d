package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.kefuacademy.people.CohortService;
import org.kefuacademy.people.CohortSummary;
import org.kefuacademy.people.Membership;
import org.kefuacademy.people.domain.CohortMember;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;

/** Moves a trainee to another cohort, or records that they left the training; a reason is required. */
class LeaveCohortDialog extends Dialog {
    final ComboBox<CohortSummary> target = new ComboBox<>();
    final TextArea reason = new TextArea();
    private final transient CohortService cohorts;
    private final CohortSummary from;
    private final Membership member;
    private final boolean transfer;
    private final transient Runnable onDone;

    LeaveCohortDialog(CohortService cohorts, CohortSummary from, Membership member, boolean transfer, Runnable onDone) {
        this.cohorts = cohorts;
        this.from = from;
        this.member = member;
        this.transfer = transfer;
        this.onDone = onDone;
        setHeaderTitle(getTranslation(transfer ? "membership.transfer-title" : "membership.withdraw-title", member.displayName()));
        setWidth("min(520px, 95vw)");
        target.setLabel(getTranslation("membership.target"));
        target.setId("leave-target");
        target.setItemLabelGenerator(c -> c.name() + "（" + c.startDate() + "）");
        target.setItems(q -> cohorts.search(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream()
                .filter(c -> c.id() != from.id()));
        target.setRequired(true);
        target.setVisible(transfer);
        reason.setLabel(getTranslation("membership.reason"));
        reason.setId("leave-reason");
        reason.setMaxLength(CohortMember.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setHelperText(getTranslation(transfer ? "membership.transfer-help" : "membership.withdraw-help"));
        FormLayout form = new FormLayout(target, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button confirm = new Button(getTranslation(transfer ? "membership.transfer" : "membership.withdraw"), e -> confirm());
        confirm.setId("leave-confirm");
        confirm.addThemeVariants(transfer ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    void confirm() {
        try {
            if (transfer) {
                if (target.getValue() == null) {
                    throw new UserFacingException("membership.target-required");
                }
                cohorts.transfer(from.id(), member.accountId(), target.getValue().id(), reason.getValue());
            } else {
                cohorts.withdraw(from.id(), member.accountId(), reason.getValue());
            }
            Notices.success(this, "notice.saved");
            onDone.run();
            close();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }
}
