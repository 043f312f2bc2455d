package org.kefuacademy.testsupport.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.kefuacademy.platform.tabular.Table;
import org.kefuacademy.platform.tabular.TableExport;

/** Roster uploads for the fuzz tests: a valid sheet (CSV text or .xlsx bytes) and byte- and text-level damage to it. */
public final class RosterFiles {
    public static final List<String> HEADINGS = List.of("工号", "姓名", "批次", "手机", "邮箱");

    private RosterFiles() {
    }

    /** Three valid rows; employee numbers start with {@code prefix} (letters and digits only). */
    public static List<List<String>> rows(String prefix, String cohort) {
        return List.of(
                List.of(prefix + "1", "张雨涵", cohort, "13912345678", "zhang.yuhan@example.com"),
                List.of(prefix + "2", "李明轩", cohort, "13812345679", ""),
                List.of(prefix + "3", "欧阳静怡", cohort, "", "ouyang@example.com"));
    }

    public static String csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", HEADINGS)).append("\r\n");
        rows.forEach(r -> text.append(String.join(",", r)).append("\r\n"));
        return text.toString();
    }

    public static byte[] xlsx(List<List<String>> rows) {
        return TableExport.xlsx(new Table("花名册", HEADINGS, List.copyOf(rows)));
    }

    /** The CSV text mutated, then written as UTF-8, UTF-8 with a byte-order mark or GB18030 (Excel in China). */
    public static byte[] mutatedCsv(String csv, Random random, int times) {
        String text = Mutations.mutate(csv, random, times).replace("\n", random.nextBoolean() ? "\r\n" : "\n");
        return switch (random.nextInt(3)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_8);
            case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(Charset.forName("GB18030"));
        };
    }

    /** A workbook damaged at the byte level: truncated, bytes overwritten, bytes inserted or removed. */
    public static byte[] damagedXlsx(byte[] xlsx, Random random, int times) {
        byte[] bytes = xlsx.clone();
        for (int i = 0; i < times; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
                case 1 -> bytes[at] = (byte) random.nextInt(256);
                case 2 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    if (bytes.length > 1) {
                        byte[] shorter = new byte[bytes.length - 1];
                        System.arraycopy(bytes, 0, shorter, 0, at);
                        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                        bytes = shorter;
                    }
                }
            }
        }
        return bytes;
    }
}
