package nl.regiotafel.commands.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkDefaults;

/**
 * Run in a JVM of its own with a small heap by {@link ImportUnderSmallHeapTest}: reads and plans one file as
 * {@code /import} does and prints one line, {@code refused <key>} or {@code planned <projects> <problems>}.
 */
public final class ImportMemoryProbe {

    private ImportMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(file);
        try {
            var tables = Spreadsheets.read(file.getFileName().toString(), bytes);
            var planner = new ImportPlanner(
                    "probe",
                    NetworkDefaults.forNetwork("probe"),
                    Map.of(),
                    Map.of(),
                    LocalDate.of(2021, 9, 16),
                    Instant.parse("2021-09-16T08:00:00Z"),
                    Messages.DUTCH);
            ImportPreview preview = planner.plan(tables);
            System.out.println("planned " + preview.projects().size() + " "
                    + preview.problems().size());
        } catch (Spreadsheets.Unreadable e) {
            System.out.println("refused " + e.key());
        }
    }
}
