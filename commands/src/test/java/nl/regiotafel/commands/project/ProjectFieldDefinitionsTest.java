package nl.regiotafel.commands.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.regiotafel.commands.api.OptionSpec;
import nl.regiotafel.commands.audit.AuditEntry.Change;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The definitions themselves: names that cannot clash, labels in both languages, one idiom for copies. */
final class ProjectFieldDefinitionsTest {

    private static final Instant NOW = Instant.parse("2021-09-16T08:00:00Z");

    @Test
    void namesReportColumnsJsonNamesAndHeadersAreUnique() {
        List<ProjectField<?>> all = ProjectFields.all();

        assertThat(all.stream().map(ProjectField::name)).doesNotHaveDuplicates();
        assertThat(all.stream().map(ProjectField::reportColumn)).doesNotHaveDuplicates();
        assertThat(all.stream().map(ProjectField::jsonName)).doesNotHaveDuplicates();
        assertThat(all.stream().flatMap(f -> f.synonyms().stream())).doesNotHaveDuplicates();
        assertThat(ProjectFields.PORTFOLIO_HOLDERS.reportColumn()).isEqualTo("portfolio_holders");
        assertThat(ProjectFields.PORTFOLIO_HOLDERS.jsonName()).isEqualTo("portfolioHolders");
    }

    @Test
    void everyLabelAndOptionDescriptionIsInBothLanguages() {
        for (var locale : Messages.SUPPORTED) {
            Messages m = Messages.of(locale);
            for (ProjectField<?> field : ProjectFields.all()) {
                ProjectField.Place place = field.place();
                if (place != ProjectField.Place.TITLE && place != ProjectField.Place.JOINED) {
                    assertThat(m.has(field.labelKey()))
                            .as(field + " label in " + locale)
                            .isTrue();
                }
                if (field.editable()) {
                    assertThat(field.inFiles())
                            .as(field + " has import headers")
                            .isTrue();
                    for (OptionSpec option : field.editOptions()) {
                        assertThat(m.has(option.descriptionKey()))
                                .as(option.name() + " in " + locale)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aJoinedFieldFollowsAHostThatIsShownBeforeIt() {
        for (ProjectField<?> field : ProjectFields.all()) {
            if (field.place() == ProjectField.Place.JOINED) {
                assertThat(ProjectFields.all().indexOf(field.host()))
                        .as(field.name())
                        .isBetween(0, ProjectFields.all().indexOf(field) - 1);
            }
        }
    }

    @Test
    void withChangesOneFieldAndKeepsTheVersionAndEverythingElse() {
        Project project = ProjectFields.blank("n", "p1", NOW).toBuilder().build();

        Project changed = project.with(ProjectFields.GOAL, "Werkdruk verlichten");

        assertThat(changed.goal()).isEqualTo("Werkdruk verlichten");
        assertThat(changed.version()).isEqualTo(project.version());
        assertThat(ProjectFields.changes(project, changed))
                .containsExactly(new Change("goal", null, "Werkdruk verlichten"));
        assertThat(ProjectFields.sameValues(project, changed)).isFalse();
        assertThat(ProjectFields.sameValues(project, ProjectFields.GOAL.copy(project, changed)))
                .isTrue();
    }

    @Test
    void aListIsAuditedAsTextAndEmptyIsNothing() {
        Project project = ProjectFields.blank("n", "p1", NOW);

        Project led = project.with(ProjectFields.LEADERS, List.of("111", "222"));

        assertThat(ProjectFields.LEADERS.text(project)).isNull();
        assertThat(ProjectFields.changes(project, led)).containsExactly(new Change("leaders", null, "111, 222"));
        assertThat(ProjectFields.LEADERS.json(led)).isEqualTo(List.of("111", "222"));
    }
}
