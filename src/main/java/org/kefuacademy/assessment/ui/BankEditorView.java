package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.kefuacademy.assessment.Question;
import org.kefuacademy.assessment.QuestionBankService;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.ContentProblem;
import org.kefuacademy.platform.content.ContentRejectedException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.ui.ContentEditorArea;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;

/**
 * Edits a question bank's file text in the app, validated as it is typed (problems with line
 * numbers, including assessments that could no longer draw enough questions). Saving makes a new
 * version; attempts already started keep the version they drew from.
 */
@Route("content/banks")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class BankEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final transient QuestionBankService banks;
    private final TextArea text = new ContentEditorArea("bank-text", this::refresh);
    private final Div problems = new Div();
    private final Paragraph status = new Paragraph();
    private final Div preview = new Div();
    private String bankKey;

    BankEditorView(QuestionBankService banks) {
        this.banks = banks;
        addClassName("kefu-page");
        addClassName("kefu-editor-page");
        text.setWidthFull();
        problems.setId("bank-problems");
        status.setId("bank-status");
        preview.setId("bank-preview");
        preview.addClassName("kefu-editor-preview");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        bankKey = parameter;
        removeAll();
        try {
            text.setValue(banks.currentText(bankKey));
        } catch (UserFacingException e) {
            add(new H2(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("bank-save");
        Button back = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(QuestionBankView.class)));
        Paragraph help = new Paragraph(getTranslation("bank-editor.help"));
        help.addClassName("kefu-muted");
        Button importGift = new Button(getTranslation("gift.title"),
                e -> new QuestionImportDialog(banks, bankKey, () -> getUI().ifPresent(ui -> ui.getPage().reload())).open());
        importGift.setId("bank-import-gift");
        String key = bankKey;
        Anchor exportGift = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] bytes = banks.exportGift(key).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), key + ".gift.txt", "text/plain; charset=UTF-8",
                    bytes.length);
        }), getTranslation("gift.export"));
        exportGift.setId("bank-export-gift");
        Anchor exportXml = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] bytes = banks.exportMoodleXml(key).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), key + ".moodle.xml", "application/xml", bytes.length);
        }), getTranslation("xml.export"));
        exportXml.setId("bank-export-xml");
        HorizontalLayout actions = new HorizontalLayout(save, back, importGift, exportGift, exportXml);
        actions.setAlignItems(Alignment.CENTER);
        HorizontalLayout editor = new HorizontalLayout(text, preview);
        editor.addClassName("kefu-editor-panes");
        editor.setWidthFull();
        add(new H2(getTranslation("bank-editor.title", bankKey)), help, actions, status, problems, editor);
        refresh();
    }

    private void refresh() {
        List<ContentProblem> found = banks.check(bankKey, text.getValue());
        problems.removeAll();
        status.setText(found.isEmpty() ? getTranslation("bank-editor.valid") : getTranslation("content.rejected", found.size()));
        if (!found.isEmpty()) {
            problems.add(new ProblemList(found));
        }
        showPreview();
    }

    /** Every question of the text as typed, so a trainer sees what trainees will get (kept as it was while the text has errors). */
    private void showPreview() {
        List<Question> questions = banks.draftQuestions(bankKey, text.getValue());
        if (questions.isEmpty()) {
            return;
        }
        preview.removeAll();
        preview.add(new H3(getTranslation("bank-editor.preview", questions.size())));
        for (Question q : questions) {
            Details one = new Details(q.id() + " · " + getTranslation("question.type." + q.type().id()), new QuestionPreview(q));
            one.setOpened(questions.size() <= 3);
            preview.add(one);
        }
    }

    private void save() {
        try {
            StoredVersion saved = banks.save(bankKey, text.getValue());
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
        return getTranslation("bank-editor.title", bankKey) + " · " + getTranslation("app.name");
    }
}
