package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports read and planned in a JVM of 256 MB, as a small deployment runs: hostile files are refused without running
 * out of memory, and a file of the maximum 20,000 rows is planned.
 */
final class ImportUnderSmallHeapTest {

    private static final String[] HEADER = {
        "Projectcode",
        "Projectnaam",
        "Regio",
        "Subregio",
        "Thema",
        "Fase",
        "Status",
        "Projectleider",
        "Doel",
        "Organisaties"
    };

    @TempDir
    Path dir;

    /** The probe's one line of output; a JVM that died prints none. */
    private String probe(String name, byte[] content) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportMemoryProbe.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A hang is a failure too, not a stuck build
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = output.lines()
                .filter(l -> l.startsWith("refused") || l.startsWith("planned"))
                .toList();
        assertThat(lines).as(output).hasSize(1);
        return lines.get(0);
    }

    private static String[] row(int i) {
        return new String[] {
            "project-" + i,
            "Project nummer " + i + " met een wat langere naam",
            "Zeeland",
            "Walcheren",
            "Instroom",
            "Uitvoering",
            "lopend",
            "123456789012345678",
            "Meer zorgmedewerkers behouden door een regionale pool en begeleiding van nieuwe collega's. ".repeat(3),
            "SVRZ, Zorgstroom, Allévo"
        };
    }

    @Test
    void refusesAGigabyteCellWithoutRunningOutOfMemory() throws Exception {
        assertThat(probe("bom.xlsx", Workbooks.oneHugeCell(1_150_000_000L))).isEqualTo("refused error.import.xlsxCell");
    }

    @Test
    void refusesMillionsOfRowsWithoutRunningOutOfMemory() throws Exception {
        assertThat(probe("rijen.xlsx", Workbooks.manyRows(6_500_000))).startsWith("refused error.import.xlsx");
    }

    @Test
    void plansAWorkbookOfTwentyThousandRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Projecten");
        for (int c = 0; c < HEADER.length; c++) {
            sheet.value(0, c, HEADER[c]);
        }
        for (int r = 1; r <= ImportPlanner.MAX_ROWS; r++) {
            String[] values = row(r);
            for (int c = 0; c < values.length; c++) {
                sheet.value(r, c, values[c]);
            }
        }
        workbook.finish();

        assertThat(probe("projecten.xlsx", out.toByteArray())).isEqualTo("planned 20000 0");
    }

    @Test
    void plansACsvOfTwentyThousandRows() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(";", HEADER)).append("\r\n");
        for (int r = 1; r <= ImportPlanner.MAX_ROWS; r++) {
            csv.append(String.join(";", row(r))).append("\r\n");
        }

        assertThat(probe("projecten.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("planned 20000 0");
    }
}
