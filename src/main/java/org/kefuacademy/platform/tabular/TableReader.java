package org.kefuacademy.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kefuacademy.platform.UserFacingException;

/**
 * Reads an uploaded sheet (.xlsx or .csv) into text rows numbered as the user sees them (row 1 is the
 * heading). Refuses, with the file named, anything too large, of another type, disguised (a file named
 * .xlsx that is not one), compressed suspiciously well (a zip bomb) or empty. CSV may be UTF-8 (with or
 * without a byte-order mark) or GB18030, which Excel in China writes by default.
 */
public final class TableReader {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** One row of the sheet; {@code line} is its number in Excel (or the CSV line of its record). */
    public record SourceRow(int line, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private TableReader() {
    }

    public static List<SourceRow> read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName;
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("tabular.too-large", name, MAX_BYTES / 1024);
        }
        if (bytes.length == 0) {
            throw new UserFacingException("tabular.empty", name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<SourceRow> rows;
        if (lower.endsWith(".xlsx")) {
            rows = xlsx(name, bytes);
        } else if (lower.endsWith(".csv")) {
            rows = csv(name, bytes);
        } else {
            throw new UserFacingException("tabular.type", name);
        }
        List<SourceRow> kept = rows.stream().filter(r -> !r.blank()).toList();
        if (kept.isEmpty()) {
            throw new UserFacingException("tabular.empty", name);
        }
        if (kept.size() > MAX_ROWS + 1) {
            throw new UserFacingException("tabular.too-many-rows", name, MAX_ROWS);
        }
        return kept;
    }

    private static List<SourceRow> xlsx(String name, byte[] bytes) {
        // An .xlsx is a zip archive: it starts with "PK\3\4". Anything else was renamed.
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new UserFacingException("tabular.not-xlsx", name);
        }
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new UserFacingException("tabular.too-many-rows", name, MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<SourceRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new SourceRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports bombs, broken archives and non-workbook zips as exceptions of several kinds.
            throw new UserFacingException("tabular.unreadable", name);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return ISO.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static List<SourceRow> csv(String name, byte[] bytes) {
        String text = decode(bytes);
        try {
            List<SourceRow> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.EXCEL.parse(new StringReader(text))) {
                rows.add(new SourceRow((int) record.getRecordNumber(), record.stream().map(String::strip).toList()));
                if (rows.size() > MAX_ROWS + 1) {
                    throw new UserFacingException("tabular.too-many-rows", name, MAX_ROWS);
                }
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UserFacingException("tabular.unreadable", name);
        }
    }

    private static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
