package nl.regiotafel.commands.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvWriterTest {

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertThat(CsvWriter.cell("Zeeland", ';')).isEqualTo("Zeeland");
        assertThat(CsvWriter.cell("SVRZ, Viazorg", ';')).isEqualTo("SVRZ, Viazorg");
        assertThat(CsvWriter.cell("SVRZ, Viazorg", ',')).isEqualTo("\"SVRZ, Viazorg\"");
        assertThat(CsvWriter.cell("een \"pilot\"; twee", ';')).isEqualTo("\"een \"\"pilot\"\"; twee\"");
        assertThat(CsvWriter.cell("regel 1\nregel 2", ',')).isEqualTo("\"regel 1\nregel 2\"");
        assertThat(CsvWriter.cell(null, ',')).isEmpty();
    }

    @Test
    void neverLetsUserTextRunAsASpreadsheetFormula() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.cell("+cmd|' /C calc'!A0", ';')).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvWriter.cell("-2+3+cmd", ';')).isEqualTo("'-2+3+cmd");
        assertThat(CsvWriter.cell("@SUM(1+1)", ';')).isEqualTo("'@SUM(1+1)");
        assertThat(CsvWriter.cell("\t=1", ';')).isEqualTo("'\t=1");
        assertThat(CsvWriter.cell("\r=1", ';')).isEqualTo("\"'\r=1\"");
        assertThat(CsvWriter.cell("Zee-land", ';')).isEqualTo("Zee-land");
    }

    @Test
    void theImportGetsBackExactlyWhatWasWritten() {
        for (String value : List.of("=1+1", "'=1+1", "''-3", "'quoted", "plain", "-", "'")) {
            String written = CsvWriter.cell(value, ';');
            String unquoted = written.startsWith("\"")
                    ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                    : written;

            assertThat(CsvWriter.restore(unquoted)).as(value).isEqualTo(value);
        }
    }

    @Test
    void writesUtf8WithByteOrderMarkAndCrlf() {
        byte[] bytes = CsvWriter.bytes(List.of(List.of("code", "naam"), List.of("x", "Allévo")), ';');

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFcode;naam\r\nx;Allévo\r\n");
    }
}
