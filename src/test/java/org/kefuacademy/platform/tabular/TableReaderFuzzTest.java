package org.kefuacademy.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.assertKnownKey;
import static org.kefuacademy.testsupport.fuzz.ContentProblemRules.returnsInTime;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kefuacademy.platform.UserFacingException;
import org.kefuacademy.testsupport.fuzz.RosterFiles;

/**
 * Uploaded sheets damaged as text (CSV in UTF-8 or GB18030) or as bytes (.xlsx): the reader returns rows numbered
 * as the user sees them, or refuses with a {@link UserFacingException} naming the file; nothing else escapes.
 */
@Tag("fuzz")
class TableReaderFuzzTest {
    private static final List<List<String>> ROWS = RosterFiles.rows("K26", "2026年8月开班");
    private static final String CSV = RosterFiles.csv(ROWS);
    private static final byte[] XLSX = RosterFiles.xlsx(ROWS);

    @Property(tries = 300)
    void a_damaged_csv_is_read_or_refused_by_name(@ForAll("damagedCsv") byte[] bytes) {
        readOrRefuse("花名册.csv", bytes);
    }

    @Property(tries = 200)
    void a_damaged_workbook_is_read_or_refused_by_name(@ForAll("damagedXlsx") byte[] bytes) {
        readOrRefuse("花名册.xlsx", bytes);
    }

    @Property(tries = 10)
    void the_valid_sheets_stay_readable(@ForAll("anyName") String name) {
        List<TableReader.SourceRow> rows = TableReader.read(name, name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8) : XLSX);
        assertThat(rows.getFirst().line()).isEqualTo(1);
        assertThat(rows.getFirst().cells()).isEqualTo(RosterFiles.HEADINGS);
        assertThat(rows.get(1).cells()).isEqualTo(ROWS.get(0));
    }

    private static void readOrRefuse(String name, byte[] bytes) {
        try {
            List<TableReader.SourceRow> rows = returnsInTime(() -> TableReader.read(name, bytes));
            assertThat(rows).isNotEmpty();
            assertThat(rows).allSatisfy(r -> assertThat(r.line()).isPositive());
            assertThat(rows).extracting(TableReader.SourceRow::line).isSorted().doesNotHaveDuplicates();
        } catch (UserFacingException refused) {
            assertKnownKey(refused.messageKey(), refused.toString());
            assertThat(refused.arguments()).as("the refusal names the file").contains(name);
        }
    }

    @Provide
    Arbitrary<byte[]> damagedCsv() {
        return Combinators.combine(Arbitraries.randoms(), Arbitraries.integers().between(1, 4))
                .as((random, times) -> RosterFiles.mutatedCsv(CSV, random, times));
    }

    @Provide
    Arbitrary<byte[]> damagedXlsx() {
        return Combinators.combine(Arbitraries.randoms(), Arbitraries.integers().between(1, 3))
                .as((random, times) -> RosterFiles.damagedXlsx(XLSX, random, times));
    }

    @Provide
    Arbitrary<String> anyName() {
        return Arbitraries.of("花名册.csv", "ROSTER.CSV", "花名册.xlsx", "new hires.XLSX");
    }
}
