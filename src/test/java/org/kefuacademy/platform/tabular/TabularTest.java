package org.kefuacademy.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kefuacademy.platform.UserFacingException;

/** Spreadsheets out and in: xlsx and CSV round trips with Chinese, GB18030, and the uploads the reader refuses. */
class TabularTest {
    private static final Table TABLE = new Table("学员名单", List.of("姓名", "工号", "得分", "开班日期", "备注"), List.of(
            Arrays.asList("李晓雯", "K2611001", 96, LocalDate.of(2026, 11, 2), "=HYPERLINK(\"http://x\")"),
            Arrays.asList("周婷", "K2611003", 57.5, LocalDate.of(2026, 11, 2), null)));

    @Test
    void an_xlsx_export_opens_in_poi_with_chinese_numbers_and_dates_and_reads_back() throws IOException {
        byte[] xlsx = TableExport.xlsx(TABLE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("学员名单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("李晓雯");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(57.5);
            // In a workbook text stays text: a leading "=" is a string cell, never a formula.
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).startsWith("=HYPERLINK");
        }
        List<TableReader.SourceRow> rows = TableReader.read("名单.xlsx", xlsx);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells()).containsExactly("姓名", "工号", "得分", "开班日期", "备注");
        assertThat(rows.get(1).cells()).startsWith("李晓雯", "K2611001", "96", "2026-11-02");
        assertThat(rows.get(2).line()).isEqualTo(3);
        assertThat(rows.get(2).cell(2)).isEqualTo("57.5");
    }

    @Test
    void a_csv_export_has_a_bom_keeps_chinese_neutralises_formulas_and_reads_back() {
        byte[] csv = TableExport.csv(TABLE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("姓名,工号,得分,开班日期,备注").contains("李晓雯,K2611001,96,2026-11-02,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        List<TableReader.SourceRow> rows = TableReader.read("名单.csv", csv);
        assertThat(rows.get(1).cells()).containsExactly("李晓雯", "K2611001", "96", "2026-11-02", "'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(2).cells()).containsExactly("周婷", "K2611003", "57.5", "2026-11-02", "");
    }

    @Test
    void every_formula_starting_character_is_neutralised() {
        for (String s : List.of("=1+1", "+86", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(TableExport.safeText(s)).isEqualTo("'" + s);
        }
        assertThat(TableExport.safeText("李晓雯")).isEqualTo("李晓雯");
        assertThat(TableExport.safeText("")).isEmpty();
    }

    @Test
    void a_gb18030_csv_from_chinese_excel_is_read() {
        byte[] gb = "姓名,工号,批次\n李晓雯,K2611001,2026年11月批\n".getBytes(Charset.forName("GB18030"));
        List<TableReader.SourceRow> rows = TableReader.read("roster.csv", gb);
        assertThat(rows.get(1).cells()).containsExactly("李晓雯", "K2611001", "2026年11月批");
    }

    @Test
    void a_text_file_renamed_xlsx_is_refused() {
        assertRefused("名单.xlsx", "姓名,工号\n李晓雯,K1\n".getBytes(StandardCharsets.UTF_8), "tabular.not-xlsx");
    }

    @Test
    void a_zip_bomb_posing_as_a_workbook_is_refused() throws IOException {
        byte[] bomb = withSheet(plainWorkbook(), 60 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(TableReader.MAX_BYTES);
        assertRefused("bomb.xlsx", bomb, "tabular.unreadable");
    }

    @Test
    void too_large_empty_and_other_files_are_refused() {
        assertRefused("big.csv", new byte[TableReader.MAX_BYTES + 1], "tabular.too-large");
        assertRefused("empty.csv", new byte[0], "tabular.empty");
        assertRefused("blank.csv", ",,\n , \n".getBytes(StandardCharsets.UTF_8), "tabular.empty");
        assertRefused("roster.xls", new byte[] {1, 2, 3}, "tabular.type");
        String many = "姓名\n" + "某人\n".repeat(TableReader.MAX_ROWS + 1);
        assertRefused("many.csv", many.getBytes(StandardCharsets.UTF_8), "tabular.too-many-rows");
    }

    @Test
    void export_rows_pages_through_every_row_and_refuses_beyond_the_cap() {
        List<Integer> all = IntStream.range(0, 1234).boxed().toList();
        List<int[]> calls = new ArrayList<>();
        ExportRows.Pages<Integer> pages = (offset, limit) -> {
            calls.add(new int[] {offset, limit});
            return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        };
        assertThat(ExportRows.all(pages)).isEqualTo(all);
        assertThat(calls).extracting(c -> c[0]).containsExactly(0, 500, 1000);
        assertThatThrownBy(() -> ExportRows.all(pages, 1000)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("export.too-many-rows");
        assertThatThrownBy(() -> ExportRows.capped(java.util.Collections.nCopies(ExportRows.MAX_ROWS + 1, 0)))
                .isInstanceOf(UserFacingException.class);
    }

    private static void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> TableReader.read(name, bytes)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    private static byte[] plainWorkbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook whose first sheet is replaced by a huge run of zeros (compresses about 1000:1). */
    private static byte[] withSheet(byte[] workbook, int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] chunk = new byte[1024 * 1024];
                    Arrays.fill(chunk, (byte) '0');
                    for (int i = 0; i < zeros / chunk.length; i++) {
                        zip.write(chunk);
                    }
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
