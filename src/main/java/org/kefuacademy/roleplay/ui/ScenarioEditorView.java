package org.kefuacademy.roleplay.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.ui.ContentEditorArea;
import org.kefuacademy.platform.ui.Diagrams;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;
import org.kefuacademy.roleplay.RoleplayService;
import org.kefuacademy.roleplay.ScenarioAuthoring;
import org.kefuacademy.roleplay.ScenarioCheck;

/**
 * Edits a scenario's file text, checked as it is typed: problems with line numbers, counts, endings
 * play can never reach, and a diagram of the graph. Saving makes a new version; any version can be
 * play-tested or exported as a file. {@code new} starts a new scenario from a template.
 */
@Route("content/scenario-editor")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class ScenarioEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    static final String NEW = "new";
    private final transient ScenarioAuthoring authoring;
    private final transient RoleplayService roleplay;
    private final TextArea text = new ContentEditorArea("scenario-text", this::refresh);
    private final TextField newKey = new TextField();
    private final Div problems = new Div();
    private final Paragraph status = new Paragraph();
    private final Div diagram = new Div();
    private String key;

    ScenarioEditorView(ScenarioAuthoring authoring, RoleplayService roleplay) {
        this.authoring = authoring;
        this.roleplay = roleplay;
        addClassName("kefu-page");
        addClassName("kefu-editor-page");
        text.setWidthFull();
        problems.setId("scenario-problems");
        status.setId("scenario-status");
        diagram.setId("scenario-diagram");
        diagram.addClassName("kefu-diagram");
        newKey.setId("scenario-key");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        key = parameter;
        removeAll();
        boolean creating = NEW.equals(key);
        try {
            text.setValue(creating ? template() : authoring.currentText(key));
        } catch (UserFacingException e) {
            add(new H2(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("scenario-save");
        Button back = new Button(getTranslation("action.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(ScenariosAdminView.class)));
        HorizontalLayout actions = new HorizontalLayout(save, back);
        actions.setAlignItems(Alignment.CENTER);
        Paragraph help = new Paragraph(getTranslation("scenario-editor.help"));
        help.addClassName("kefu-muted");
        add(new H2(creating ? getTranslation("scenarios.new") : getTranslation("scenario-editor.title", key)), help);
        if (creating) {
            newKey.setLabel(getTranslation("scenario-editor.key"));
            newKey.setValue("new-scenario");
            newKey.addValueChangeListener(e -> refresh());
            add(newKey);
        } else {
            actions.add(versions());
        }
        add(actions, status, problems, text, diagram);
        refresh();
    }

    /** Play-test or export any stored version. */
    private HorizontalLayout versions() {
        List<StoredVersion> history = authoring.history(key);
        Select<StoredVersion> version = new Select<>();
        version.setItems(history);
        version.setItemLabelGenerator(v -> getTranslation("scenario-editor.version", v.versionNo(),
                getTranslation(v.origin() == StoredVersion.Origin.FILE ? "scenario-editor.from-file" : "scenario-editor.from-app")));
        version.setValue(history.getLast());
        version.setId("scenario-version");
        Button play = new Button(getTranslation("scenario-editor.play-test"), e -> {
            try {
                long id = roleplay.playTest(key, version.getValue().id());
                getUI().ifPresent(ui -> ui.navigate(PlayView.class, id));
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        play.setId("scenario-play-test");
        String k = key;
        Anchor export = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] bytes = authoring.versionText(k, version.getValue().id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), k + ".md", "text/markdown; charset=UTF-8", bytes.length);
        }), getTranslation("scenario-editor.export"));
        export.setId("scenario-export");
        HorizontalLayout row = new HorizontalLayout(version, play, export);
        row.setAlignItems(Alignment.CENTER);
        return row;
    }

    private String currentKey() {
        return NEW.equals(key) ? newKey.getValue().strip() : key;
    }

    private void refresh() {
        ScenarioCheck check = authoring.check(currentKey(), text.getValue());
        problems.removeAll();
        diagram.removeAll();
        if (!check.valid()) {
            status.setText(getTranslation("content.rejected", check.problems().size()));
            problems.add(new ProblemList(check.problems()));
            return;
        }
        status.setText(getTranslation("scenario-editor.valid", check.nodes(), check.decisions(), check.replies(), check.endings()));
        if (!check.unreachedEndings().isEmpty()) {
            Paragraph warn = new Paragraph(getTranslation("scenario-editor.unreached", String.join("、", check.unreachedEndings())));
            warn.addClassName("kefu-badge-off");
            warn.setId("scenario-unreached");
            problems.add(warn);
        }
        Pre graph = new Pre(check.diagram());
        graph.addClassName("mermaid");
        diagram.add(graph);
        Diagrams.draw(diagram);
    }

    private void save() {
        try {
            StoredVersion saved = NEW.equals(key) ? authoring.create(currentKey(), text.getValue())
                    : authoring.save(key, text.getValue());
            Notices.success(this, "editor.saved", saved.versionNo());
            if (NEW.equals(key)) {
                getUI().ifPresent(ui -> ui.navigate(ScenarioEditorView.class, saved.key()));
            }
        } catch (ContentRejectedException e) {
            problems.removeAll();
            problems.add(new ProblemList(e.problems()));
            Notices.refused(this, e);
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private String template() {
        return getTranslation("scenario-editor.template");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario-editor.title", key) + " · " + getTranslation("app.name");
    }
}
