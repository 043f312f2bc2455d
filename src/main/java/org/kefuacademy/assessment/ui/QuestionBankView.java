package org.kefuacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.kefuacademy.assessment.AssessmentAuthoring;
import org.kefuacademy.assessment.BankQuestion;
import org.kefuacademy.assessment.Question;
import org.kefuacademy.assessment.QuestionBank;
import org.kefuacademy.assessment.QuestionBankService;
import org.kefuacademy.assessment.QuestionFilter;
import org.kefuacademy.assessment.QuestionType;
import org.kefuacademy.assessment.RegradeService;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.ui.Notices;
import org.kefuacademy.platform.Competence;
import org.kefuacademy.platform.Role;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.security.CurrentUser;

/** 题库: every question of every bank, filtered by text, bank, type, competence and topic. */
@Route("content/questions")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN, Roles.HR})
@Menu(title = "nav.questions", order = 62, icon = "vaadin:question-circle-o")
class QuestionBankView extends VerticalLayout implements HasDynamicTitle {
    private final transient QuestionBankService banks;
    private final transient RegradeService regrades;
    private final transient AssessmentAuthoring authoring;
    private final boolean mayEdit;
    private final Grid<BankQuestion> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<QuestionBank> bank = new Select<>();
    private final Select<QuestionType> type = new Select<>();
    private final Select<Competence> competence = new Select<>();
    private final TextField topic = new TextField();

    QuestionBankView(QuestionBankService banks, RegradeService regrades, AssessmentAuthoring authoring, CurrentUser currentUser) {
        this.banks = banks;
        this.regrades = regrades;
        this.authoring = authoring;
        var user = currentUser.require();
        this.mayEdit = user.hasRole(Role.TRAINER) || user.hasRole(Role.ADMIN);
        addClassName("kefu-page");
        text.setPlaceholder(getTranslation("questions.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("questions-text");
        bank.setLabel(getTranslation("questions.bank"));
        bank.setItems(banks.banks());
        bank.setItemLabelGenerator(b -> b == null ? getTranslation("questions.any") : b.title());
        bank.setEmptySelectionAllowed(true);
        bank.setId("questions-bank");
        type.setLabel(getTranslation("stats.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("questions.any") : getTranslation("question.type." + t.id()));
        type.setEmptySelectionAllowed(true);
        type.setId("questions-type");
        competence.setLabel(getTranslation("modules.competences"));
        competence.setItems(Competence.values());
        competence.setItemLabelGenerator(c -> c == null ? getTranslation("questions.any") : getTranslation(c.labelKey()));
        competence.setEmptySelectionAllowed(true);
        topic.setLabel(getTranslation("questions.topic"));
        topic.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        bank.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        competence.addValueChangeListener(e -> refresh());
        topic.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, bank, type, competence, topic);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(bq -> bq.question().id()).setHeader(getTranslation("stats.question")).setAutoWidth(true);
        grid.addColumn(bq -> getTranslation("question.type." + bq.question().type().id())).setHeader(getTranslation("stats.type"));
        grid.addColumn(bq -> bq.question().topic()).setHeader(getTranslation("questions.topic"));
        grid.addColumn(bq -> bq.question().competences().stream().map(c -> getTranslation(c.labelKey()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("modules.competences"));
        grid.addColumn(bq -> bq.question().stem()).setHeader(getTranslation("questions.stem")).setFlexGrow(3);
        grid.addItemClickListener(e -> preview(e.getItem()));
        grid.setId("questions-grid");

        add(new H2(getTranslation("nav.questions")), filters);
        if (mayEdit) {
            Button edit = new Button(getTranslation("questions.edit-bank"), VaadinIcon.EDIT.create(), e -> {
                if (bank.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(BankEditorView.class, bank.getValue().id()));
                }
            });
            edit.setId("questions-edit-bank");
            edit.setEnabled(false);
            bank.addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
            Select<String> assessment = new Select<>();
            Map<String, String> titles = authoring.titles();
            assessment.setItems(titles.keySet());
            assessment.setItemLabelGenerator(titles::get);
            assessment.setPlaceholder(getTranslation("questions.edit-assessment"));
            assessment.setId("questions-edit-assessment");
            assessment.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(AssessmentEditorView.class, e.getValue())));
            HorizontalLayout editing = new HorizontalLayout(edit, assessment);
            editing.setAlignItems(FlexComponent.Alignment.CENTER);
            add(editing);
        }
        add(grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(banks.search(new QuestionFilter(text.getValue(), bank.getValue() == null ? null : bank.getValue().id(),
                type.getValue(), competence.getValue(), topic.getValue())));
    }

    private void preview(BankQuestion bq) {
        Question q = bq.question();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(q.id() + " · " + bq.bankTitle());
        dialog.setWidth("min(720px, 95vw)");
        dialog.add(new QuestionPreview(q));
        if (mayEdit) {
            dialog.add(regradePanel(q));
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    /** Re-grade answers graded with an older version of this question, with a reason for the audit trail. */
    private com.vaadin.flow.component.Component regradePanel(Question q) {
        RegradeService.Preview preview = regrades.preview(q.id());
        Paragraph status = new Paragraph(getTranslation("regrade.preview", preview.graded(), preview.wouldChange()));
        status.setId("regrade-preview");
        TextField reason = new TextField(getTranslation("regrade.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setId("regrade-reason");
        Button run = new Button(getTranslation("regrade.run"), e -> {
            try {
                int changed = regrades.regrade(q.id(), reason.getValue());
                Notices.success(this, "regrade.done", changed);
                status.setText(getTranslation("regrade.preview", preview.graded(), 0));
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        run.setEnabled(preview.wouldChange() > 0);
        run.setId("regrade-run");
        return new VerticalLayout(status, reason, run);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.questions") + " · " + getTranslation("app.name");
    }

}
