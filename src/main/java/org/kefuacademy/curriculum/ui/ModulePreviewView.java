package org.kefuacademy.curriculum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kefuacademy.curriculum.CurriculumService;
import org.kefuacademy.curriculum.ModulePage;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.security.CurrentUser;

/** A page as trainers review it: any version, where it came from, edit and export. */
@Route("content/modules")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
class ModulePreviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final transient CurriculumService curriculum;
    private final boolean mayEdit;
    private final Div content = new Div();
    private String key;
    private String title = "";

    ModulePreviewView(CurriculumService curriculum, CurrentUser currentUser) {
        this.curriculum = curriculum;
        var me = currentUser.require();
        this.mayEdit = me.hasRole(Role.TRAINER) || me.hasRole(Role.ADMIN);
        addClassName("kefu-page");
        content.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        key = parameter;
        removeAll();
        List<StoredVersion> history = curriculum.history(key);
        if (history.isEmpty()) {
            add(new H2(getTranslation("module.not-found", key)));
            return;
        }
        Select<StoredVersion> version = new Select<>();
        version.setLabel(getTranslation("modules.version"));
        version.setItems(history);
        version.setItemLabelGenerator(v -> getTranslation("modules.version-label", v.versionNo(),
                getTranslation("modules.origin." + v.origin().name().toLowerCase()),
                WHEN.format(v.createdAt().atZone(ZoneId.of("Asia/Shanghai")))));
        version.setId("preview-version");
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(curriculum.preview(key, e.getValue().versionNo()));
            }
        });
        HorizontalLayout actions = new HorizontalLayout(version);
        actions.setAlignItems(FlexComponent.Alignment.END);
        if (mayEdit) {
            Button edit = new Button(getTranslation("modules.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, key)));
            edit.setId("preview-edit");
            Anchor export = new Anchor(DownloadHandler.fromInputStream(dl -> {
                byte[] bytes = curriculum.currentText(key).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), key + ".md", "text/markdown; charset=UTF-8",
                        bytes.length);
            }), getTranslation("modules.export"));
            export.setId("preview-export");
            actions.add(edit, export);
        }
        add(actions, content);
        version.setValue(history.getFirst());
    }

    private void show(ModulePage page) {
        title = page.module().title();
        content.removeAll();
        Span state = new Span(getTranslation(page.module().active() ? "modules.active" : "modules.retired"));
        state.addClassName("kefu-muted");
        H2 heading = new H2(page.module().title());
        heading.setId("preview-title");
        content.add(heading, state, ModuleContent.tableOfContents(page.rendered(), getTranslation("module.contents")),
                new ModuleContent(page.rendered()));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
