package nl.regiotafel.commands.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;

final class CommandNamesTest {

    private static final CommandSpec MILESTONE = CommandSpec.withSubcommands(
            "milestone",
            SubcommandSpec.of(
                    "milestone",
                    "add",
                    OptionSpec.required("project", OptionType.STRING),
                    OptionSpec.required("due", OptionType.STRING)),
            SubcommandSpec.of(
                    "milestone",
                    "list",
                    OptionSpec.optional("scope", OptionType.STRING)
                            .withChoices(List.of(
                                    new Choice("open", "milestone.scope.open"),
                                    new Choice("overdue", "milestone.scope.overdue")))),
            SubcommandSpec.grouped("milestone", "owners", "add", OptionSpec.required("project", OptionType.STRING)));

    private static Map<String, String> table() {
        Map<String, String> entries = new HashMap<>();
        entries.put("command.milestone", "mijlpaal | milestone");
        entries.put("command.milestone.add", "toevoegen | add");
        entries.put("command.milestone.list", "lijst | list");
        entries.put("command.milestone.owners", "eigenaren | owners");
        entries.put("command.milestone.owners.add", "toevoegen | add");
        entries.put("option.project", "project | project");
        entries.put("option.due", "datum | due");
        entries.put("option.scope", "welke | scope");
        entries.put("value.open", "open | open");
        entries.put("value.overdue", "verlopen | overdue");
        return entries;
    }

    @Test
    void namesEverythingInTheReadersLanguage() {
        CommandNames names = CommandNames.of(table());

        assertThat(names.path(MILESTONE, "add", Messages.DUTCH)).isEqualTo("mijlpaal toevoegen");
        assertThat(names.path(MILESTONE, "add", Locale.forLanguageTag("en-GB"))).isEqualTo("milestone add");
        assertThat(names.path(MILESTONE, "owners add", Messages.DUTCH)).isEqualTo("mijlpaal eigenaren toevoegen");
        assertThat(names.option(MILESTONE, "due").in(Messages.DUTCH)).isEqualTo("datum");
        assertThat(names.value("overdue").in(Messages.ENGLISH)).isEqualTo("overdue");
        assertThat(names.problems(List.of(MILESTONE))).isEmpty();
    }

    @Test
    void findsTheInternalNamesFromDutchOrEnglish() {
        CommandNames names = CommandNames.of(table());
        OptionSpec scope = MILESTONE.optionsOf("list").get(0);

        assertThat(names.findCommand(List.of(MILESTONE), "Mijlpaal")).contains(MILESTONE);
        assertThat(names.findCommand(List.of(MILESTONE), "milestone")).contains(MILESTONE);
        assertThat(names.findCommand(List.of(MILESTONE), "mijlpalen")).isEmpty();
        assertThat(names.findSubcommand(MILESTONE, List.of("toevoegen"))).contains("add");
        assertThat(names.findSubcommand(MILESTONE, List.of("eigenaren", "toevoegen")))
                .contains("owners add");
        assertThat(names.findSubcommand(MILESTONE, List.of("owners", "add"))).contains("owners add");
        assertThat(names.findSubcommand(MILESTONE, List.of("eigenaren"))).isEmpty();
        assertThat(names.findOption(MILESTONE, "add", "datum")).contains("due");
        assertThat(names.findOption(MILESTONE, "add", "due")).contains("due");
        assertThat(names.findOption(MILESTONE, "list", "datum")).isEmpty();
        assertThat(names.internalOptions(MILESTONE, "add", Map.of("datum", "Q4 2021", "kleur", "rood")))
                .containsOnlyKeys("due", "kleur");
        assertThat(names.findValue(scope, "verlopen")).contains("overdue");
        assertThat(names.findValue(scope, "Overdue")).contains("overdue");
        assertThat(names.findValue(scope, "later")).isEmpty();
    }

    @Test
    void reportsAMissingName() {
        Map<String, String> entries = table();
        entries.remove("value.overdue");
        entries.remove("command.milestone.owners.add");

        List<String> problems = CommandNames.of(entries).problems(List.of(MILESTONE));

        assertThat(problems)
                .anyMatch(p -> p.contains("value.overdue"))
                .anyMatch(p -> p.contains("command.milestone.owners.add"));
    }

    @Test
    void reportsNamesDiscordRefuses() {
        Map<String, String> entries = table();
        entries.put("option.due", "Datum | due");
        entries.put("option.scope", "welke mijlpalen | scope");

        List<String> problems = CommandNames.of(entries).problems(List.of(MILESTONE));

        assertThat(problems).anyMatch(p -> p.contains("'Datum'")).anyMatch(p -> p.contains("'welke mijlpalen'"));
    }

    @Test
    void acceptsAccentsButNoApostropheWhichJdaRefuses() {
        Map<String, String> accents = table();
        accents.put("option.scope", "privé | scope");
        Map<String, String> apostrophe = table();
        apostrophe.put("option.due", "risico's | due");

        assertThat(CommandNames.of(accents).problems(List.of(MILESTONE))).isEmpty();
        assertThat(CommandNames.of(apostrophe).problems(List.of(MILESTONE))).anyMatch(p -> p.contains("'risico's'"));
    }

    @Test
    void reportsAnEnglishOptionNameThatIsAnotherOptionsDutchName() {
        // GIVEN scope's English name is due's Dutch name: Discord refuses a localised name equal to another default
        Map<String, String> entries = table();
        entries.put("option.scope", "welke | datum");

        List<String> problems = CommandNames.of(entries).problems(List.of(MILESTONE));

        assertThat(problems).anyMatch(p -> p.contains("English name datum of option scope"));
    }

    @Test
    void reportsTwoOptionsOfOneCommandWithOneName() {
        // GIVEN due and scope (in different subcommands) both called datum in Dutch
        Map<String, String> entries = table();
        entries.put("option.scope", "datum | scope");

        List<String> problems = CommandNames.of(entries).problems(List.of(MILESTONE));

        assertThat(problems).anyMatch(p -> p.contains("are both called datum"));
    }

    @Test
    void reportsTwoSubcommandsOrValuesWithOneName() {
        Map<String, String> entries = table();
        entries.put("command.milestone.list", "toevoegen | list");
        entries.put("value.open", "verlopen | open");

        List<String> problems = CommandNames.of(entries).problems(List.of(MILESTONE));

        assertThat(problems)
                .anyMatch(p -> p.contains("subcommand list and add are both called toevoegen")
                        || p.contains("subcommand add and list are both called toevoegen"))
                .anyMatch(p -> p.contains("are both called verlopen"));
    }

    @Test
    void theApplicationsTableReadsEveryCopyOnTheClassPath() {
        CommandNames standard = CommandNames.standard();

        assertThat(standard.command(CommandSpec.of("help")).dutch()).isEqualTo("help");
        assertThat(standard.command(CommandSpec.of("milestone")).dutch()).isEqualTo("mijlpaal");
        assertThat(standard.option(CommandSpec.of("milestone"), "private").dutch())
                .isEqualTo("privé");
    }
}
