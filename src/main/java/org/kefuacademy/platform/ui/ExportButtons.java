package org.kefuacademy.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;

/**
 * "Export to Excel" and "Export to CSV" links under a report grid. The table is built when the user
 * clicks, through the same (role-checked) service call the grid uses.
 */
public class ExportButtons extends HorizontalLayout {

    /** {@code idPrefix} gives the links the ids {@code idPrefix-xlsx} and {@code idPrefix-csv}. */
    public ExportButtons(String idPrefix, String fileBaseName, Supplier<Table> table) {
        add(link(idPrefix + "-xlsx", getTranslation("export.xlsx"), fileBaseName + ".xlsx", TableExport.XLSX_TYPE,
                t -> TableExport.xlsx(t), table));
        add(link(idPrefix + "-csv", getTranslation("export.csv"), fileBaseName + ".csv", TableExport.CSV_TYPE,
                t -> TableExport.csv(t), table));
        setSpacing(true);
    }

    private static Anchor link(String id, String label, String fileName, String type, Function<Table, byte[]> writer,
                               Supplier<Table> table) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(dl -> {
            byte[] bytes = writer.apply(table.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), label);
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
