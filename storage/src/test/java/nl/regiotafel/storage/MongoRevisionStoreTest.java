package nl.regiotafel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import nl.regiotafel.commands.privacy.PersonalDataStore;
import nl.regiotafel.commands.readmodel.Part;
import nl.regiotafel.commands.readmodel.Revision;
import nl.regiotafel.commands.readmodel.RevisionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        classes = StorageTestApplication.class,
        properties = "regiotafel.storage.data-dir=target/test-data/${random.uuid}")
final class MongoRevisionStoreTest {

    @Autowired
    RevisionStore revisions;

    @Autowired
    PersonalDataStore personalData;

    @Test
    void countsEveryWriteOfEachPartUnderOneEpoch() {
        String network = "guild-" + UUID.randomUUID();
        assertThat(revisions.read(network)).isEqualTo(Revision.NONE);

        Revision first = revisions.bump(network, EnumSet.of(Part.PROJECTS));
        Revision second = revisions.bump(network, EnumSet.of(Part.PROJECTS, Part.UPDATES));

        assertThat(first.epoch()).isNotNull();
        assertThat(first.of(Part.PROJECTS)).isEqualTo(1);
        assertThat(second.epoch()).isEqualTo(first.epoch());
        assertThat(second.of(Part.PROJECTS)).isEqualTo(2);
        assertThat(second.of(Part.UPDATES)).isEqualTo(1);
        assertThat(second.of(Part.MILESTONES)).isZero();
        assertThat(revisions.read(network)).isEqualTo(second);
    }

    @Test
    void goesWithTheNetworkAndComesBackUnderANewEpoch() {
        String network = "guild-" + UUID.randomUUID();
        Revision before = revisions.bump(network, EnumSet.of(Part.SETTINGS));

        personalData.deleteNetwork(network);

        assertThat(revisions.read(network)).isEqualTo(Revision.NONE);
        Revision after = revisions.bump(network, EnumSet.of(Part.SETTINGS));
        assertThat(after.epoch()).isNotEqualTo(before.epoch());
        assertThat(after.of(Part.SETTINGS)).isEqualTo(1);
    }
}
