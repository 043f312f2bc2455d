package org.kefuacademy.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.kefuacademy.people.ImportedTrainee;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;

/**
 * The accounts a roster import just created, with their initial passwords and a warning that this is the
 * only time they are shown. The download is built from the list held here: the passwords exist nowhere else.
 */
class CreatedTraineesPanel extends VerticalLayout {
    private final Grid<ImportedTrainee> grid = new Grid<>();
    private final Div download = new Div();
    private List<ImportedTrainee> people = List.of();

    CreatedTraineesPanel() {
        setPadding(false);
        setId("roster-created-panel");
        Paragraph warning = new Paragraph(getTranslation("roster.passwords-warning"));
        warning.addClassName("kefu-roster-warning");
        warning.setId("roster-passwords-warning");
        grid.setId("roster-created");
        grid.addColumn(ImportedTrainee::username).setHeader(getTranslation("roster.col.username")).setAutoWidth(true);
        grid.addColumn(ImportedTrainee::displayName).setHeader(getTranslation("roster.col.name")).setAutoWidth(true);
        grid.addColumn(ImportedTrainee::cohort).setHeader(getTranslation("roster.col.cohort")).setAutoWidth(true);
        grid.addColumn(ImportedTrainee::initialPassword).setHeader(getTranslation("roster.col.password")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(warning, grid, download);
        setVisible(false);
    }

    void show(List<ImportedTrainee> created) {
        people = List.copyOf(created);
        grid.setItems(people);
        // Written now, in the UI's language; the download request only hands the bytes out.
        byte[] content = TableExport.xlsx(table());
        Anchor link = new Anchor(DownloadHandler.fromInputStream(dl -> {
            return new DownloadResponse(new ByteArrayInputStream(content), "新学员账号.xlsx", TableExport.XLSX_TYPE,
                    content.length);
        }), getTranslation("roster.created-download"));
        link.setId("roster-created-download");
        link.getElement().setAttribute("download", true);
        download.removeAll();
        download.add(link);
        setVisible(true);
    }

    void clear() {
        people = List.of();
        grid.setItems(people);
        download.removeAll();
        setVisible(false);
    }

    /** The list as the download writes it (tests read it). */
    Table table() {
        return new Table(getTranslation("roster.created-sheet"),
                List.of(getTranslation("roster.col.username"), getTranslation("roster.col.name"),
                        getTranslation("roster.col.cohort"), getTranslation("roster.col.password")),
                people.stream().<List<?>>map(p -> List.of(p.username(), p.displayName(), p.cohort(), p.initialPassword()))
                        .toList());
    }
}
