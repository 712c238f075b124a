package nl.regiotafel.commands.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.milestone.MilestoneStatus;
import nl.regiotafel.commands.project.Health;
import nl.regiotafel.commands.project.Phase;
import nl.regiotafel.commands.project.ProjectStatus;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.time.Precision;
import nl.regiotafel.commands.update.Update;
import org.junit.jupiter.api.Test;

/** The tables keep one instance of each equal string (issue 13: strings were most of the model's memory). */
class CanonicalTest {

    private static final Instant POSTED = Instant.parse("2021-09-20T08:00:00Z");

    /** As the driver makes them: every string a new instance. */
    private static Update update(int number, int version, String results) {
        return new Update(
                new String("zorgregio-zeeland"),
                new String("zz-instroom"),
                number,
                version,
                new String("111"),
                new String("Lotte de Vries"),
                Instant.parse("2021-09-20T08:00:00Z"),
                Instant.parse("2021-09-20T08:00:00Z").plusSeconds(version - 1L),
                new String("2021-Q3"),
                Health.OP_SCHEMA,
                Phase.UITVOERING,
                ProjectStatus.LOPEND,
                new String(results),
                new String("Werving starten"),
                null,
                null,
                Map.of(new String("Deelnemers"), 12.0),
                "interaction-" + number + "-" + version,
                false);
    }

    private static Milestone milestone(int number) {
        return new Milestone(
                new String("zorgregio-zeeland"),
                new String("zz-instroom"),
                number,
                new String("Eerste lichting gestart"),
                new DueDate(LocalDate.of(2021, 12, 1), Precision.DAY, new String("1 december 2021")),
                MilestoneStatus.OPEN,
                null,
                null,
                0,
                null,
                POSTED,
                Instant.parse("2021-09-20T08:00:00Z"),
                0,
                List.of());
    }

    @Test
    void aLoadedTableHoldsRecordsEqualToTheStoresSharingEachEqualString() {
        // GIVEN three updates of one project as the store returns them
        List<Update> stored =
                List.of(update(1, 1, "Gestart"), update(2, 1, "Gestart"), update(3, 1, "Tien deelnemers"));

        // WHEN a table is made of them
        UpdateTable table = UpdateTable.of(stored);

        // THEN it reads back the same records, in which equal strings are one instance
        List<Update> kept = table.everyVersion();
        assertThat(kept).containsExactlyElementsOf(stored);
        Update first = kept.get(0);
        Update second = kept.get(1);
        assertThat(second.networkId()).isSameAs(first.networkId());
        assertThat(second.projectCode()).isSameAs(first.projectCode());
        assertThat(second.authorName()).isSameAs(first.authorName());
        assertThat(second.period()).isSameAs(first.period());
        assertThat(second.results()).isSameAs(first.results());
        assertThat(second.kpiValues().keySet().iterator().next())
                .isSameAs(first.kpiValues().keySet().iterator().next());
        assertThat(first.postedAt()).isSameAs(first.firstPostedAt());
        assertThat(kept.get(2).results()).isNotSameAs(first.results());
    }

    @Test
    void aNewVersionSharesTheStringsItDidNotChangeWithTheVersionsKept() {
        // GIVEN a table with the first version of an update
        UpdateTable table = UpdateTable.of(List.of(update(1, 1, "Gestart")));

        // WHEN a second version with other results is added
        UpdateTable after = table.with(update(1, 2, "Gestart met twaalf"));

        // THEN both are kept, equal to what was written, and the unchanged texts are one instance
        List<Update> versions = after.versions("zz-instroom", 1);
        assertThat(versions).containsExactly(update(1, 1, "Gestart"), update(1, 2, "Gestart met twaalf"));
        assertThat(versions.get(1).nextActions()).isSameAs(versions.get(0).nextActions());
        assertThat(versions.get(1).authorId()).isSameAs(versions.get(0).authorId());
        assertThat(versions.get(1).results()).isEqualTo("Gestart met twaalf");
    }

    @Test
    void milestonesShareTheirStringsAndReadBackEqual() {
        // GIVEN two milestones as the store returns them
        List<Milestone> stored = List.of(milestone(1), milestone(2));

        // WHEN a table is made of them and a third is added
        MilestoneTable table = MilestoneTable.of(stored).with(milestone(3));

        // THEN every one reads back equal, with one instance of each equal string
        List<Milestone> kept = table.ofProject("zz-instroom");
        assertThat(kept).containsExactly(milestone(1), milestone(2), milestone(3));
        assertThat(kept.get(1).title()).isSameAs(kept.get(0).title());
        assertThat(kept.get(2).due().label()).isSameAs(kept.get(0).due().label());
        assertThat(kept.get(2).networkId()).isSameAs(kept.get(0).networkId());
        assertThat(kept.get(0).updatedAt()).isSameAs(kept.get(0).createdAt());
    }

    @Test
    void anUpdateWithoutAuthorOrTextsIsKeptAsWritten() {
        // GIVEN a version without author, texts or KPIs (an erased author, an update with only a health)
        Update bare = new Update(
                "zorgregio-zeeland",
                "zz-instroom",
                1,
                1,
                null,
                null,
                POSTED,
                POSTED,
                "2021-Q3",
                Health.AANDACHT,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                "interaction-bare",
                false);

        // WHEN it is loaded and a second version is added beside it
        UpdateTable table = UpdateTable.of(List.of(bare)).with(update(1, 2, "Toch iets te melden"));

        // THEN both read back as written
        assertThat(table.versions("zz-instroom", 1)).containsExactly(bare, update(1, 2, "Toch iets te melden"));
    }
}
