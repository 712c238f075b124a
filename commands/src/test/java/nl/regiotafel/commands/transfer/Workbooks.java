package nl.regiotafel.commands.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small {@code .xlsx} files written by hand for tests, among them hostile ones: built here at run time, so no large
 * binary is committed.
 */
final class Workbooks {

    /** Writes an entry's body to the zip. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Workbooks() {}

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"xl/workbook.xml\"/></Relationships>";

    private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Projecten\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            + "Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            + "Target=\"sharedStrings.xml\"/></Relationships>";

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>";

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    private static final String SHEET_END = "</sheetData></worksheet>";

    /** A workbook of one sheet and a shared-strings part, both written by the given bodies. */
    static byte[] workbook(Body sheetData, Body sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", out -> ascii(out, CONTENT_TYPES));
            entry(zip, "_rels/.rels", out -> ascii(out, RELS));
            entry(zip, "xl/workbook.xml", out -> ascii(out, WORKBOOK));
            entry(zip, "xl/_rels/workbook.xml.rels", out -> ascii(out, WORKBOOK_RELS));
            entry(zip, "xl/styles.xml", out -> ascii(out, STYLES));
            entry(zip, "xl/worksheets/sheet1.xml", out -> {
                ascii(out, SHEET_START);
                sheetData.write(out);
                ascii(out, SHEET_END);
            });
            entry(zip, "xl/sharedStrings.xml", out -> {
                ascii(
                        out,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                sharedStrings.write(out);
                ascii(out, "</sst>");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One cell referring to shared string 0, which is {@code characters} letters long. */
    static byte[] oneHugeCell(long characters) {
        return workbook(out -> ascii(out, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), out -> {
            ascii(out, "<si><t>");
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) 'A');
            for (long written = 0; written < characters; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, characters - written));
            }
            ascii(out, "</t></si>");
        });
    }

    /** {@code rows} rows of one number each, written in blocks so that millions take a moment. */
    static byte[] manyRows(int rows) {
        int block = 10_000;
        byte[] chunk = "<row><c><v>1</v></c></row>".repeat(block).getBytes(StandardCharsets.US_ASCII);
        return workbook(
                out -> {
                    for (int r = 0; r < rows; r += block) {
                        out.write(chunk);
                    }
                },
                out -> {});
    }

    /** A header row (code, naam, regio, thema) and {@code rows} project rows, as inline strings. */
    static byte[] rows(int rows) {
        return workbook(
                out -> {
                    ascii(out, row(1, "code", "naam", "regio", "thema"));
                    for (int r = 2; r <= rows + 1; r++) {
                        ascii(out, row(r, "p" + r, "Project " + r, "Zeeland", "Instroom"));
                    }
                },
                out -> {});
    }

    private static String row(int number, String... values) {
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int c = 0; c < values.length; c++) {
            row.append("<c r=\"")
                    .append((char) ('A' + c))
                    .append(number)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(values[c])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        body.write(zip);
        zip.closeEntry();
    }

    static void ascii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
}
