package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.GiftFormat;
import org.kefuacademy.assessment.Question;
import org.kefuacademy.assessment.QuestionBankService;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.content.StoredVersion;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.ui.ProblemList;

/** Paste GIFT or Moodle XML, preview what would be imported (or every problem with its line), then import all or nothing. */
class QuestionImportDialog extends Dialog {
    private final TextArea gift = new TextArea();
    private final Div preview = new Div();

    QuestionImportDialog(QuestionBankService banks, String bankKey, Runnable afterImport) {
        setHeaderTitle(getTranslation("gift.title"));
        setWidth("min(820px, 95vw)");
        Paragraph help = new Paragraph(getTranslation("gift.help"));
        help.addClassName("kefu-muted");
        gift.setWidthFull();
        gift.setMinHeight("16em");
        gift.setMaxLength(200_000);
        gift.setId("gift-text");
        preview.setId("gift-preview");
        add(help, gift, preview);
        Button check = new Button(getTranslation("gift.preview"), e -> show(banks.previewImport(bankKey, gift.getValue())));
        check.setId("gift-preview-button");
        Button importNow = new Button(getTranslation("gift.import"), e -> {
            try {
                StoredVersion saved = banks.importQuestions(bankKey, gift.getValue());
                Notices.success(this, "gift.imported", saved.versionNo());
                close();
                afterImport.run();
            } catch (UserFacingException ex) {
                show(banks.previewImport(bankKey, gift.getValue()));
                Notices.refused(this, ex);
            }
        });
        importNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importNow.setId("gift-import-button");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), check, importNow);
    }

    private void show(GiftFormat.Imported result) {
        preview.removeAll();
        if (!result.problems().isEmpty()) {
            preview.add(new ProblemList(result.problems()));
            return;
        }
        Map<String, Long> byType = result.questions().stream().collect(Collectors.groupingBy(
                (Question q) -> getTranslation("question.type." + q.type().id()), Collectors.counting()));
        preview.add(new Paragraph(getTranslation("gift.ready", result.questions().size(), byType.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、")))));
    }
}
