package org.kefuacademy.curriculum.ui;

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
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.ModuleParser;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.FrontMatter;
import org.kefuacademy.platform.content.SourceFile;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.ui.ContentEditorArea;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;

/**
 * Edits a page's Markdown (front matter included) with a live preview and live validation;
 * saving stores a new version that becomes current. A text with problems cannot be saved.
 */
@Route("content/edit")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class ModuleEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient CurriculumService curriculum;
    private final TextArea text = new ContentEditorArea("editor-text", this::refresh);
    private final Div problems = new Div();
    private final Div preview = new Div();
    private String key;

    ModuleEditorView(CurriculumService curriculum) {
        this.curriculum = curriculum;
        addClassName("kefu-page");
        addClassName("kefu-editor-page");
        problems.setId("editor-problems");
        preview.addClassName("kefu-editor-preview");
        preview.setId("editor-preview");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        key = parameter;
        removeAll();
        text.setValue(curriculum.currentText(key));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("editor-save");
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(ModulePreviewView.class, key)));
        Paragraph help = new Paragraph(getTranslation("editor.help"));
        help.addClassName("kefu-muted");
        HorizontalLayout panes = new HorizontalLayout(text, preview);
        panes.addClassName("kefu-editor-panes");
        panes.setWidthFull();
        add(new H2(getTranslation("editor.title", key)), help, new HorizontalLayout(save, cancel), problems, panes);
        refresh();
    }

    /** Validates and previews the text as it is typed. */
    private void refresh() {
        if (key == null) {
            return;
        }
        ModuleParser.Outcome outcome = curriculum.check(key, text.getValue());
        problems.removeAll();
        if (!outcome.problems().isEmpty()) {
            problems.add(new ProblemList(outcome.problems()));
        }
        FrontMatter.Result split = FrontMatter.parse(new SourceFile("", key, text.getValue()));
        String body = split.ok() ? split.parsed().body() : "";
        preview.removeAll();
        preview.add(new ModuleContent(curriculum.renderDraft(body)));
    }

    private void save() {
        try {
            StoredVersion saved = curriculum.saveEdit(key, text.getValue());
            Notices.success(this, "editor.saved", saved.versionNo());
            getUI().ifPresent(ui -> ui.navigate(ModulePreviewView.class, key));
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
        return getTranslation("editor.title", key) + " · " + getTranslation("app.name");
    }
}
