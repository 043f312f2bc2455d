package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;

/**
 * "Export to Excel" and "Export to CSV" links under a report grid. The table is built when the user
 * clicks, through the same (role-checked) service call the grid uses. A refusal (too many rows) is
 * shown as a notice and no file is sent.
 */
public class ExportButtons extends HorizontalLayout {
    private final transient Supplier<Table> table;

    /** The layout gets the id {@code idPrefix}, the links {@code idPrefix-xlsx} and {@code idPrefix-csv}. */
    public ExportButtons(String idPrefix, String fileBaseName, Supplier<Table> table) {
        this.table = table;
        setId(idPrefix);
        addClassName("kefu-export");
        add(link(idPrefix + "-xlsx", getTranslation("export.xlsx"), fileBaseName + ".xlsx", TableExport.XLSX_TYPE,
                TableExport::xlsx));
        add(link(idPrefix + "-csv", getTranslation("export.csv"), fileBaseName + ".csv", TableExport.CSV_TYPE,
                TableExport::csv));
        setSpacing(true);
    }

    /** The table the links would download now (tests read it). */
    public Table table() {
        return table.get();
    }

    private Anchor link(String id, String label, String fileName, String type, Function<Table, byte[]> writer) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(dl -> {
            try {
                byte[] bytes = writer.apply(table.get());
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
            } catch (UserFacingException e) {
                if (dl.getUI() != null) {
                    dl.getUI().access(() -> Notices.refused(this, e));
                }
                return DownloadResponse.error(422, e.messageKey());
            }
        }), label);
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
