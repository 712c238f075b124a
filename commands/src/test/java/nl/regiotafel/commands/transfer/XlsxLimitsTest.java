package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's limits on an .xlsx, enforced while the zip is streamed, before anything is held in memory. */
final class XlsxLimitsTest {

    @Test
    void refusesAOneMegabyteFileWhoseOneCellInflatesToAGigabyte() {
        // GIVEN a workbook of about 1 MB whose one shared string is 1.1 billion characters
        byte[] bomb = Workbooks.oneHugeCell(1_100_000_000L);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        // WHEN / THEN it is refused for its cell, naming Excel's own limit
        assertThatThrownBy(() -> Spreadsheets.read("bom.xlsx", bomb))
                .isInstanceOfSatisfying(Spreadsheets.Unreadable.class, e -> {
                    assertThat(e.key()).isEqualTo("error.import.xlsxCell");
                    assertThat(e.args("bom.xlsx")).containsExactly("bom.xlsx", 32_767);
                });
    }

    @Test
    void refusesASheetOfMillionsOfRows() {
        byte[] rows = Workbooks.manyRows(6_500_000);

        assertThatThrownBy(() -> Spreadsheets.read("rijen.xlsx", rows))
                .isInstanceOfSatisfying(Spreadsheets.Unreadable.class, e -> assertThat(e.key())
                        .isIn("error.import.xlsxRows", "error.import.xlsxInflated"));
    }

    @Test
    void refusesMoreRowsThanTheImportTakesWhileStreaming() {
        byte[] rows = Workbooks.rows(ImportPlanner.MAX_ROWS + 20);

        assertThatThrownBy(() -> Spreadsheets.read("rijen.xlsx", rows))
                .isInstanceOfSatisfying(Spreadsheets.Unreadable.class, e -> {
                    assertThat(e.key()).isEqualTo("error.import.xlsxRows");
                    assertThat(e.args("rijen.xlsx")).containsExactly("rijen.xlsx", ImportPlanner.MAX_ROWS);
                });
    }

    @Test
    void refusesAWorkbookThatInflatesBeyondTheLimitInManyModestCells() {
        byte[] big = Workbooks.workbook(
                out -> Workbooks.ascii(out, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), out -> {
                    String cell = "<si><t>" + "x".repeat(10_000) + "</t></si>";
                    for (int i = 0; i < 8_000; i++) {
                        Workbooks.ascii(out, cell);
                    }
                });

        assertThatThrownBy(() -> Spreadsheets.read("groot.xlsx", big))
                .isInstanceOfSatisfying(
                        Spreadsheets.Unreadable.class, e -> assertThat(e.key()).isEqualTo("error.import.xlsxInflated"));
    }

    @Test
    void readsAWorkbookOfTwentyThousandRows() throws Exception {
        byte[] rows = Workbooks.rows(ImportPlanner.MAX_ROWS);

        List<Table> tables = Spreadsheets.read("rijen.xlsx", rows);

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).header()).containsExactly("code", "naam", "regio", "thema");
        assertThat(tables.get(0).rows()).hasSize(ImportPlanner.MAX_ROWS);
    }
}
