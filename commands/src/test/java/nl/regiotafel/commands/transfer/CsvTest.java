package nl.regiotafel.commands.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void honoursExcelsSeparatorLineAndSkipsBlankRows() throws Exception {
        Table table = Spreadsheets.csv("p.csv", "sep=,\ncode,naam\n\n x , y \n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.header()).containsExactly("code", "naam");
        assertThat(table.rows()).containsExactly(new Table.Row(4, List.of("x", "y")));
    }

    @Test
    void readsUtf16WithAByteOrderMarkInEitherByteOrder() throws Exception {
        String text = "code;naam\r\nallevo;Allévo Zorg\r\n";
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = utf16 == StandardCharsets.UTF_16LE
                    ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = text.getBytes(utf16);
            byte[] bytes = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);

            Table table = Spreadsheets.csv("p.csv", bytes);

            assertThat(table.header()).as(utf16.name()).containsExactly("code", "naam");
            assertThat(table.rows())
                    .as(utf16.name())
                    .containsExactly(new Table.Row(2, List.of("allevo", "Allévo Zorg")));
        }
    }

    @Test
    void reportsAQuoteThatIsNeverClosedWithTheRowWhereItOpens() {
        String csv = "code;naam;doel\nx;X;gewoon\ny;Y;\"begint hier\nz;Z;en slikt de rest\n";

        assertThatThrownBy(() -> Spreadsheets.read("p.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Spreadsheets.Unreadable.class, e -> {
                    assertThat(e.key()).isEqualTo("error.import.unterminatedQuote");
                    assertThat(e.args("p.csv")).containsExactly("p.csv", 3);
                });
    }

    @Test
    void saysWhatWasFoundWhenTheFileIsNoSpreadsheet() {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("error.import.found.empty", new byte[0]);
        files.put("error.import.found.binary", new byte[] {0x00, 0x01, 0x02, 0x03, 'a', 'b', 0x00, (byte) 0x9F});
        files.put("error.import.found.pdf", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1));
        files.put("error.import.found.image", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        files.put("error.import.found.archive", zip("notities.txt"));
        files.put("error.import.found.opendocument", zip("mimetype", "content.xml"));
        for (var file : files.entrySet()) {
            assertThatThrownBy(() -> Spreadsheets.read("projecten.csv", file.getValue()))
                    .as(file.getKey())
                    .isInstanceOfSatisfying(Spreadsheets.Unreadable.class, e -> assertThat(e.key())
                            .isEqualTo(file.getKey()));
        }
        assertThat(nl.regiotafel.commands.i18n.Messages.of(nl.regiotafel.commands.i18n.Messages.ENGLISH)
                        .get("error.import.found.pdf", "lijst.pdf"))
                .isEqualTo(
                        "lijst.pdf is a PDF document, not a spreadsheet. Send an Excel workbook (.xlsx) or a CSV file.");
    }

    private static byte[] zip(String... names) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
