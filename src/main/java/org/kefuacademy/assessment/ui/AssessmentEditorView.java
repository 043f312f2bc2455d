package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kefuacademy.assessment.AssessmentAuthoring;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.ui.ContentEditorArea;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;

/**
 * Edits an assessment definition (time limit, pass mark, attempts, shuffling, review, draws per bank,
 * type and topic) in the app, checked as it is typed, including whether every draw can be filled.
 */
@Route("content/assessment-editor")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class AssessmentEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient AssessmentAuthoring authoring;
    private final TextArea text = new ContentEditorArea("assessment-text", this::refresh);
    private final Div problems = new Div();
    private final Paragraph status = new Paragraph();
    private String key;

    AssessmentEditorView(AssessmentAuthoring authoring) {
        this.authoring = authoring;
        addClassName("kefu-page");
        addClassName("kefu-editor-page");
        text.setWidthFull();
        problems.setId("assessment-problems");
        status.setId("assessment-status");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        key = parameter;
        removeAll();
        try {
            text.setValue(authoring.currentText(key));
        } catch (UserFacingException e) {
            add(new H2(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("assessment-save");
        Button back = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(QuestionBankView.class)));
        Paragraph help = new Paragraph(getTranslation("assessment-editor.help"));
        help.addClassName("kefu-muted");
        add(new H2(getTranslation("assessment-editor.title", key)), help, new HorizontalLayout(save, back), status, problems, text);
        refresh();
    }

    private void refresh() {
        List<ContentProblem> found = authoring.check(key, text.getValue());
        problems.removeAll();
        status.setText(found.isEmpty() ? getTranslation("bank-editor.valid") : getTranslation("content.rejected", found.size()));
        if (!found.isEmpty()) {
            problems.add(new ProblemList(found));
        }
    }

    private void save() {
        try {
            StoredVersion saved = authoring.save(key, text.getValue());
            Notices.success(this, "editor.saved", saved.versionNo());
        } catch (ContentRejectedException e) {
            problems.removeAll();
            problems.add(new ProblemList(e.problems()));
            Notices.refused(this, e);
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment-editor.title", key) + " · " + getTranslation("app.name");
    }
}
