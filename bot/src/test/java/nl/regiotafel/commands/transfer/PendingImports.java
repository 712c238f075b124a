package nl.regiotafel.commands.transfer;

import java.nio.charset.StandardCharsets;
import nl.regiotafel.commands.api.Invoker;
import nl.regiotafel.commands.i18n.Messages;

/** For tests outside this package: an import whose plan is journalled but not written, as a crash leaves it. */
public final class PendingImports {

    private PendingImports() {}

    /** Journals {@code csv} as confirmed by {@code by} in the network, without writing any of it. */
    public static void journal(Importer importer, ImportJournal journal, String networkId, Invoker by, String csv) {
        ImportPreview preview;
        try {
            preview = importer.preview(
                    networkId, "projecten.csv", csv.getBytes(StandardCharsets.UTF_8), Messages.ENGLISH);
        } catch (Spreadsheets.Unreadable e) {
            throw new AssertionError("A test's CSV is readable", e);
        }
        journal.begin(importer.batch(networkId, by.userId(), by.displayName(), "projecten.csv", preview));
    }
}
