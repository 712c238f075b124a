package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvTest {

    @Test
    void detectsTheSeparatorFromTheHeaderLine() {
        assertThat(Csv.separator("code;naam;regio\nx,y;z")).isEqualTo(';');
        assertThat(Csv.separator("code,name,\"a;b\"\n")).isEqualTo(',');
        assertThat(Csv.separator("code\tname\n")).isEqualTo('\t');
    }

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
        List<List<String>> records = Csv.parse("a;\"b;c\";\"d \"\"e\"\"\"\r\n\"line\nbreak\";;\n", ';');

        assertThat(records).containsExactly(List.of("a", "b;c", "d \"e\""), List.of("line\nbreak", "", ""));
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMarkAndFallsBackToWindows1252() {
        assertThat(Csv.decode("\uFEFFAllévo".getBytes(StandardCharsets.UTF_8))).isEqualTo("Allévo");
        assertThat(Csv.decode("Allévo".getBytes(StandardCharsets.UTF_8))).isEqualTo("Allévo");
        assertThat(Csv.decode("Allévo".getBytes(Charset.forName("windows-1252"))))
                .isEqualTo("Allévo");
    }

    @Test
    void writesWhatItReads() {
        List<List<String>> records = List.of(List.of("code", "naam"), List.of("x", "a; \"b\"\nc"));

        assertThat(Csv.parse(nl.regiotafel.commands.text.CsvWriter.text(records, ';'), ';'))
                .isEqualTo(records);
    }

    @Test
    void honoursExcelsSeparatorLineAndSkipsBlankRows() {
        Table table = Spreadsheets.csv("p.csv", "sep=,\ncode,naam\n\n x , y \n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.header()).containsExactly("code", "naam");
        assertThat(table.rows()).containsExactly(new Table.Row(4, List.of("x", "y")));
    }
}
