package org.kefuacademy.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kefuacademy.people.ImportedTrainee;
import org.kefuacademy.people.RosterImport;
import org.kefuacademy.people.RosterPreview;
import org.kefuacademy.people.RosterRefused;
import org.kefuacademy.people.RosterRow;
import org.kefuacademy.platform.Roles;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;
import org.kefuacademy.platform.tabular.TableReader;
import org.kefuacademy.platform.ui.BoundedUploads;
import org.kefuacademy.platform.ui.Notices;

/**
 * 导入花名册: HR downloads the template, uploads the filled-in file, checks the preview (every row, its
 * problems highlighted) and imports all rows at once; the new accounts are then listed with their
 * initial passwords, this once. Reached from the cohorts page, so it has no menu entry of its own.
 */
@Route("cohorts/import")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class RosterImportView extends VerticalLayout implements HasDynamicTitle {
    private final transient RosterImport roster;
    private final Upload upload;
    private final Div error = new Div();
    private final Grid<RosterRow> preview = new Grid<>();
    private final Span summary = new Span();
    private final Span file = new Span();
    private final HorizontalLayout actions;
    private final Button importButton = new Button();
    private final CreatedTraineesPanel created = new CreatedTraineesPanel();
    private String fileName;
    private byte[] bytes;

    RosterImportView(RosterImport roster) {
        this.roster = roster;
        addClassName("kefu-page");
        upload = new Upload(BoundedUploads.inMemory(TableReader.MAX_BYTES, this::handleUpload, this::refuseTooLarge));
        configureUpload();
        configurePreview();
        error.setId("roster-error");
        error.addClassName("kefu-roster-error");
        error.setVisible(false);
        summary.setId("roster-summary");
        importButton.setText(getTranslation("roster.import"));
        importButton.setIcon(VaadinIcon.USERS.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("roster-import-button");
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importUploaded());
        file.setId("roster-file");
        file.addClassName("kefu-roster-file");
        actions = new HorizontalLayout(file, summary, importButton);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("roster.title")), new Paragraph(getTranslation("roster.intro")),
                new Paragraph(getTranslation("roster.intro-accounts")), templateLinks(), upload, error, preview,
                actions, created);
        preview.setVisible(false);
        actions.setVisible(false);
        setSizeFull();
    }

    private void configureUpload() {
        upload.setId("roster-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TableReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv", TableExport.XLSX_TYPE, "text/csv");
        upload.setUploadButton(new Button(getTranslation("roster.upload-button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("roster.upload-drop", TableReader.MAX_BYTES / 1024)));
        upload.addFileRejectedListener(e -> refuseTooLarge(e.getFileName()));
    }

    private void configurePreview() {
        preview.setId("roster-preview");
        preview.addColumn(RosterRow::line).setHeader(getTranslation("roster.col.line")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(RosterRow::employeeNo).setHeader(getTranslation("roster.col.employee-no")).setAutoWidth(true);
        preview.addColumn(RosterRow::name).setHeader(getTranslation("roster.col.name")).setAutoWidth(true);
        preview.addColumn(RosterRow::cohort).setHeader(getTranslation("roster.col.cohort")).setAutoWidth(true);
        preview.addColumn(RosterRow::phone).setHeader(getTranslation("roster.col.phone")).setAutoWidth(true);
        preview.addColumn(RosterRow::email).setHeader(getTranslation("roster.col.email")).setAutoWidth(true);
        preview.addColumn(this::problems).setHeader(getTranslation("roster.col.problems")).setFlexGrow(1);
        preview.setPartNameGenerator(r -> r.ok() ? null : "problem");
    }

    private HorizontalLayout templateLinks() {
        return new HorizontalLayout(
                link("roster-template-xlsx", "roster.template-xlsx", "花名册模板.xlsx", TableExport.XLSX_TYPE, TableExport::xlsx),
                link("roster-template-csv", "roster.template-csv", "花名册模板.csv", TableExport.CSV_TYPE, TableExport::csv));
    }

    private Anchor link(String id, String labelKey, String file, String type, Function<Table, byte[]> writer) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] content = writer.apply(roster.template());
            return new DownloadResponse(new ByteArrayInputStream(content), file, type, content.length);
        }), getTranslation(labelKey));
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }

    /** An uploaded file: checked at once and shown row by row. Package-private so that tests can hand bytes in. */
    /** Refused by the browser (type or size) or, should a client skip that check, by the server. */
    private void refuseTooLarge(String uploadedName) {
        upload.clearFileList();
        Notices.refused(this, new UserFacingException("roster.file-rejected", uploadedName, TableReader.MAX_BYTES / 1024));
    }

    void handleUpload(String uploadedName, byte[] data) {
        created.clear();
        // The upload field is emptied at once, so that a corrected file can be chosen straight away.
        upload.clearFileList();
        try {
            show(roster.preview(uploadedName, data));
            fileName = uploadedName;
            bytes = data;
            file.setText(uploadedName);
            error.setVisible(false);
        } catch (UserFacingException e) {
            forget();
            error.setText(getTranslation(e.messageKey(), e.arguments()));
            error.setVisible(true);
            Notices.refused(this, e);
        }
    }

    /** Imports the uploaded file (read again on the server: the preview shown is not trusted). */
    void importUploaded() {
        if (bytes == null) {
            return;
        }
        try {
            List<ImportedTrainee> people = roster.importRoster(fileName, bytes);
            forget();
            created.show(people);
            Notices.success(this, "roster.imported", people.size());
        } catch (RosterRefused e) {
            show(e.preview());
            Notices.refused(this, e);
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void show(RosterPreview p) {
        preview.setItems(p.rows());
        preview.setVisible(true);
        actions.setVisible(true);
        summary.setText(p.rowsWithProblems() == 0 ? getTranslation("roster.summary-ok", p.rows().size())
                : getTranslation("roster.summary", p.rows().size(), p.rowsWithProblems()));
        importButton.setEnabled(p.importable());
    }

    private void forget() {
        fileName = null;
        bytes = null;
        preview.setItems(List.of());
        preview.setVisible(false);
        actions.setVisible(false);
        file.setText("");
        summary.setText("");
        importButton.setEnabled(false);
    }

    private String problems(RosterRow row) {
        return row.problems().stream().map(p -> getTranslation(p.messageKey(), p.args())).collect(Collectors.joining("；"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title") + " · " + getTranslation("app.name");
    }
}
