package nl.regiotafel.commands.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.regiotafel.commands.i18n.Messages;
import org.junit.jupiter.api.Test;

final class CommandRegistryTest {

    /** A command whose behaviour each test chooses. */
    private record FakeCommand(CommandSpec spec, java.util.function.Function<CommandRequest, CommandResponse> body)
            implements Command {
        @Override
        public CommandResponse handle(CommandRequest request) {
            return body.apply(request);
        }
    }

    private static final CommandSpec PROJECT = CommandSpec.withSubcommands(
            "project",
            SubcommandSpec.of(
                    "project",
                    "add",
                    OptionSpec.required("code", OptionType.STRING),
                    OptionSpec.optional("status", OptionType.STRING)
                            .withChoices(List.of(new Choice("lopend", "status.lopend")))),
            SubcommandSpec.of("project", "list"));

    private static CommandRequest request(String command, String sub, Map<String, Object> options, Locale locale) {
        return new CommandRequest(
                "guild-1",
                "channel-1",
                new Invoker("u1", "Sanne", Set.of(Role.ADMIN)),
                locale,
                command,
                sub,
                options,
                "interaction-1");
    }

    @Test
    void rejectsTwoCommandsWithTheSameName() {
        // GIVEN two commands named /help
        Command first = new FakeCommand(CommandSpec.of("help"), r -> CommandResponse.publicText("a", "b"));
        Command second = new FakeCommand(CommandSpec.of("help"), r -> CommandResponse.publicText("a", "b"));

        // WHEN / THEN the registry refuses to start
        assertThatThrownBy(() -> new CommandRegistry(List.of(first, second)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/help");
    }

    @Test
    void rejectsACommandWhoseDescriptionIsNotTranslated() {
        Command untranslated =
                new FakeCommand(CommandSpec.of("no-such-command"), r -> CommandResponse.publicText("a", "b"));

        assertThatThrownBy(() -> new CommandRegistry(List.of(untranslated)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cmd.no-such-command");
    }

    @Test
    void dispatchesToTheCommandWithItsOptions() {
        // GIVEN a registry with /project
        CommandRegistry registry = new CommandRegistry(List.of(
                new FakeCommand(PROJECT, r -> CommandResponse.publicText(r.subcommand(), r.requireText("code")))));

        // WHEN /project add code:tizv-glasses is dispatched
        CommandResponse response =
                registry.dispatch(request("project", "add", Map.of("code", "tizv-glasses"), Messages.DUTCH));

        // THEN the command ran with the option
        assertThat(response.pages().get(0).title()).isEqualTo("add");
        assertThat(response.pages().get(0).text()).isEqualTo("tizv-glasses");
        assertThat(response.isPrivate()).isFalse();
    }

    /** A command made of subcommands, each with its own handler. */
    private record RoutedCommand(List<Subcommand> subcommands) implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.withSubcommands("project", subcommands);
        }
    }

    @Test
    void routesEachSubcommandToItsOwnHandler() {
        // GIVEN /project with a handler for add and one for list
        CommandRegistry registry = new CommandRegistry(List.of(new RoutedCommand(List.of(
                new Subcommand(PROJECT.subcommands().get(0), r -> CommandResponse.publicText("added", "")),
                new Subcommand(PROJECT.subcommands().get(1), r -> CommandResponse.publicText("listed", ""))))));

        // WHEN each is dispatched
        CommandResponse add = registry.dispatch(request("project", "add", Map.of("code", "x"), Messages.DUTCH));
        CommandResponse list = registry.dispatch(request("project", "list", Map.of(), Messages.DUTCH));

        // THEN each ran its own handler
        assertThat(add.pages().get(0).title()).isEqualTo("added");
        assertThat(list.pages().get(0).title()).isEqualTo("listed");
    }

    @Test
    void asksASubcommandsOwnSuggesterAndTheCommandForTheOthers() {
        // GIVEN /project whose add brings its own suggestions and whose list leaves them to the command
        List<Subcommand> subcommands = List.of(
                new Subcommand(
                        PROJECT.subcommands().get(0),
                        r -> CommandResponse.publicText("added", ""),
                        (r, option) -> List.of(new Command.Suggestion("from add", option))),
                new Subcommand(PROJECT.subcommands().get(1), r -> CommandResponse.publicText("listed", "")));
        CommandRegistry registry = new CommandRegistry(List.of(new Command() {
            @Override
            public CommandSpec spec() {
                return CommandSpec.withSubcommands("project", subcommands);
            }

            @Override
            public List<Subcommand> subcommands() {
                return subcommands;
            }

            @Override
            public List<Suggestion> suggest(CommandRequest request, String option) {
                return List.of(new Suggestion("from the command", option));
            }
        }));

        // WHEN each is asked while the user types
        List<Command.Suggestion> add = registry.suggest(request("project", "add", Map.of(), Messages.DUTCH), "code");
        List<Command.Suggestion> list = registry.suggest(request("project", "list", Map.of(), Messages.DUTCH), "code");

        // THEN add answered itself, and list through the command
        assertThat(add).extracting(Command.Suggestion::label).containsExactly("from add");
        assertThat(list).extracting(Command.Suggestion::label).containsExactly("from the command");
    }

    @Test
    void refusesAtStartUpASubcommandWithoutHandlerOrTwoHandlersForOne() {
        Subcommand add = new Subcommand(PROJECT.subcommands().get(0), r -> CommandResponse.publicText("a", ""));
        Subcommand list = new Subcommand(PROJECT.subcommands().get(1), r -> CommandResponse.publicText("l", ""));
        Command missing = new Command() {
            @Override
            public CommandSpec spec() {
                return PROJECT;
            }

            @Override
            public List<Subcommand> subcommands() {
                return List.of(add);
            }
        };

        assertThatThrownBy(() -> new CommandRegistry(List.of(missing)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares subcommands [add, list] but has handlers for [add]");
        assertThatThrownBy(() -> new CommandRegistry(List.of(new RoutedCommand(List.of(add, list, add)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two handlers for add");
    }

    @Test
    void answersAnUnknownCommandPrivatelyInTheUsersLanguage() {
        CommandRegistry registry = new CommandRegistry(List.of());

        CommandResponse dutch = registry.dispatch(request("nope", null, Map.of(), Messages.DUTCH));
        CommandResponse english = registry.dispatch(request("nope", null, Map.of(), Messages.ENGLISH));

        assertThat(dutch.isPrivate()).isTrue();
        assertThat(dutch.tone()).isEqualTo(Tone.ERROR);
        assertThat(dutch.pages().get(0).text()).isEqualTo("Onbekend commando /nope. Typ /help voor de lijst.");
        assertThat(english.pages().get(0).text()).isEqualTo("Unknown command /nope. Type /help for the list.");
    }

    @Test
    void namesTheMissingRequiredOptionWithoutRunningTheCommand() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new AssertionError("must not run");
        })));

        CommandResponse response = registry.dispatch(request("project", "add", Map.of(), Messages.ENGLISH));

        assertThat(response.pages().get(0).text()).isEqualTo("The option code is missing or empty.");
        assertThat(response.isPrivate()).isTrue();
    }

    @Test
    void refusesAValueOutsideTheChoicesAndListsTheAcceptedOnes() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new AssertionError("must not run");
        })));

        CommandResponse response =
                registry.dispatch(request("project", "add", Map.of("code", "x1", "status", "klaar"), Messages.ENGLISH));

        assertThat(response.pages().get(0).text()).isEqualTo("Invalid value for status. Accepted: running.");
    }

    @Test
    void namesCommandsSubcommandsOptionsAndValuesInTheReadersLanguage() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new AssertionError("must not run");
        })));

        CommandResponse option =
                registry.dispatch(request("project", "add", Map.of("code", "x1", "kleur", "rood"), Messages.DUTCH));
        CommandResponse none = registry.dispatch(request("project", null, Map.of(), Messages.DUTCH));
        CommandResponse value =
                registry.dispatch(request("project", "add", Map.of("code", "x1", "status", "klaar"), Messages.DUTCH));

        assertThat(option.pages().get(0).text())
                .isEqualTo("Onbekende optie kleur voor /project toevoegen. Mogelijk: code, status.");
        assertThat(none.pages().get(0).text()).contains("toevoegen, lijst");
        assertThat(value.pages().get(0).text()).isEqualTo("Ongeldige waarde voor status. Toegestaan: lopend.");
    }

    @Test
    void findsACommandByItsDutchOrEnglishName() {
        CommandRegistry registry =
                new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> CommandResponse.publicText("ran", ""))));
        CommandSpec milestone = CommandSpec.of("milestone");
        CommandRegistry withMilestone = new CommandRegistry(List.of(
                new FakeCommand(PROJECT, r -> CommandResponse.publicText("ran", "")),
                new FakeCommand(milestone, r -> CommandResponse.publicText("ran", ""))));

        assertThat(registry.findNamed("project")).isPresent();
        assertThat(withMilestone.findNamed("mijlpaal").orElseThrow().spec()).isEqualTo(milestone);
        assertThat(withMilestone.findNamed("MILESTONE").orElseThrow().spec()).isEqualTo(milestone);
        assertThat(withMilestone.findNamed("mijlpalen")).isEmpty();
    }

    @Test
    void refusesToStartWhenACommandHasNoName() {
        Command unnamed = new FakeCommand(
                CommandSpec.withSubcommands(
                        "project",
                        SubcommandSpec.of("project", "add"),
                        new SubcommandSpec("drop", "cmd.project.add", List.of())),
                r -> CommandResponse.publicText("a", "b"));

        assertThatThrownBy(() -> new CommandRegistry(List.of(unnamed)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("command.project.drop");
    }

    @Test
    void refusesAnUnknownOptionAndAnUnknownSubcommand() {
        CommandRegistry registry =
                new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> CommandResponse.publicText("ran", ""))));

        CommandResponse option =
                registry.dispatch(request("project", "add", Map.of("code", "x1", "colour", "red"), Messages.ENGLISH));
        CommandResponse sub = registry.dispatch(request("project", "drop", Map.of(), Messages.ENGLISH));
        CommandResponse none = registry.dispatch(request("project", null, Map.of(), Messages.ENGLISH));

        assertThat(option.pages().get(0).text())
                .isEqualTo("Unknown option colour for /project add. Possible: code, status.");
        assertThat(sub.pages().get(0).text()).isEqualTo("Unknown subcommand drop of /project. Possible: add, list.");
        assertThat(none.pages().get(0).text()).isEqualTo("/project needs a subcommand: add, list.");
    }

    @Test
    void turnsAUserErrorIntoAPrivateLocalisedReply() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new UserError("error.project.unknown", "abc");
        })));

        CommandResponse response = registry.dispatch(request("project", "list", Map.of(), Messages.DUTCH));

        assertThat(response.pages().get(0).text()).isEqualTo("Onbekend project abc. Typ /project lijst voor de codes.");
        assertThat(response.isPrivate()).isTrue();
    }

    @Test
    void turnsABugIntoAReplyWithAReferenceInsteadOfCrashing() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new IllegalStateException("bug");
        })));

        CommandResponse response = registry.dispatch(request("project", "list", Map.of(), Messages.ENGLISH));

        assertThat(response.tone()).isEqualTo(Tone.ERROR);
        assertThat(response.pages().get(0).text()).startsWith("Something went wrong on our side (reference ");
    }

    @Test
    void turnsAnErrorSuchAsOutOfMemoryIntoTheSameReplyInsteadOfEndingTheProcess() {
        for (Error error :
                List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(), new LinkageError())) {
            CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
                throw error;
            })));

            CommandResponse response = registry.dispatch(request("project", "list", Map.of(), Messages.ENGLISH));

            assertThat(response.tone()).as(error.toString()).isEqualTo(Tone.ERROR);
            assertThat(response.pages().get(0).text()).startsWith("Something went wrong on our side (reference ");
        }
    }

    @Test
    void refusesControlCharactersDirectionOverridesAndInvisibleValuesNamingTheOption() {
        CommandRegistry registry = new CommandRegistry(
                List.of(new FakeCommand(PROJECT, r -> CommandResponse.publicText("added", r.requireText("code")))));
        Map<String, String> refused = Map.of(
                "abc\u0007", "code: contains the invisible control character U+0007, which is not stored.",
                "abc\u0000", "code: contains the invisible control character U+0000, which is not stored.",
                "abc\u202Egnp.exe", "code: contains the character U+202E, which reverses the writing direction",
                "\u2066abc", "code: contains the character U+2066, which reverses the writing direction",
                "\u200B\u200B", "code: consists only of spaces or invisible characters. Give a visible value.",
                "   ", "code: consists only of spaces or invisible characters. Give a visible value.",
                "\u3164", "code: consists only of spaces or invisible characters. Give a visible value.");

        for (Map.Entry<String, String> value : refused.entrySet()) {
            CommandResponse response =
                    registry.dispatch(request("project", "add", Map.of("code", value.getKey()), Messages.ENGLISH));

            assertThat(response.tone()).as(value.getValue()).isEqualTo(Tone.ERROR);
            assertThat(response.pages().get(0).text()).startsWith(value.getValue());
        }
        CommandResponse lines = registry.dispatch(
                request("project", "add", Map.of("code", "regel 1\nregel 2\tmet tab"), Messages.ENGLISH));
        assertThat(lines.tone()).isNotEqualTo(Tone.ERROR);
    }

    @Test
    void quotesTheInputInAnErrorEscapedNotStripped() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new UserError("error.region.unknown", r.requireText("code"), "Zeeland");
        })));

        CommandResponse response =
                registry.dispatch(request("project", "add", Map.of("code", "Zee.*_x"), Messages.ENGLISH));

        assertThat(response.pages().get(0).text()).isEqualTo("Unknown region Zee.\\*\\_x. Known regions: Zeeland.");
    }

    @Test
    void takesAChoiceByItsLabelInEitherLanguageWhateverTheReadersLanguage() {
        CommandSpec spec = CommandSpec.of(
                "update",
                OptionSpec.optional("health", OptionType.STRING)
                        .withChoices(nl.regiotafel.commands.project.Health.choices()),
                OptionSpec.optional("period", OptionType.STRING)
                        .withChoices(List.of(
                                new Choice("quarter", "setup.kind.quarter"), new Choice("year", "setup.kind.year"))),
                OptionSpec.optional("digest-day", OptionType.STRING)
                        .withChoices(List.of(new Choice("monday", "day.monday"), new Choice("friday", "day.friday"))));
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(
                spec,
                r -> CommandResponse.publicText(
                        "ok",
                        r.requireText("health") + " " + r.requireText("period") + " " + r.requireText("digest-day")))));

        for (Locale reader : List.of(Messages.DUTCH, Messages.ENGLISH)) {
            CommandResponse english = registry.dispatch(request(
                    "update", null, Map.of("health", "delayed", "period", "Quarter", "digest-day", "friday"), reader));
            CommandResponse dutch = registry.dispatch(request(
                    "update",
                    null,
                    Map.of("health", "Vertraagd", "period", "kwartaal", "digest-day", "vrijdag"),
                    reader));

            assertThat(english.pages().get(0).text()).as(reader.toString()).isEqualTo("vertraagd quarter friday");
            assertThat(dutch.pages().get(0).text()).as(reader.toString()).isEqualTo("vertraagd quarter friday");
        }
    }

    @Test
    void asksToTryAgainWhenTheDatabaseIsUnavailable() {
        CommandRegistry registry = new CommandRegistry(List.of(new FakeCommand(PROJECT, r -> {
            throw new StoreUnavailableException("down", null);
        })));

        CommandResponse response = registry.dispatch(request("project", "list", Map.of(), Messages.ENGLISH));

        assertThat(response.pages().get(0).text()).contains("try again");
        assertThat(response.isPrivate()).isTrue();
    }

    @Test
    void rejectsARequiredOptionAfterAnOptionalOne() {
        assertThatThrownBy(() -> CommandSpec.of(
                        "x", OptionSpec.optional("a", OptionType.STRING), OptionSpec.required("b", OptionType.STRING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheNetworksSettingsOncePerInteractionHoweverOftenTheyAreAskedFor() {
        // GIVEN a store that counts its reads, a command that asks for the settings three times and a reply
        // extension that asks again
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        nl.regiotafel.commands.network.NetworkStore counting = new nl.regiotafel.commands.network.NetworkStore() {
            @Override
            public nl.regiotafel.commands.network.NetworkSettings get(String networkId) {
                reads.incrementAndGet();
                return nl.regiotafel.commands.network.NetworkDefaults.forNetwork(networkId);
            }

            @Override
            public nl.regiotafel.commands.network.NetworkSettings save(
                    nl.regiotafel.commands.network.NetworkSettings settings) {
                throw new AssertionError("not written here");
            }
        };
        Command help = new FakeCommand(
                CommandSpec.of("help"),
                r -> CommandResponse.publicText(
                        r.settings().name(),
                        r.settings().zone() + " " + r.settings().locale()));
        ReplyExtension extension =
                (request, response) -> response.withNote(request.settings().name());
        CommandRegistry registry = new CommandRegistry(List.of(help), List.of(extension), counting);

        // WHEN it is dispatched twice
        CommandResponse first = registry.dispatch(request("help", null, Map.of(), Messages.DUTCH));
        int afterFirst = reads.get();
        registry.dispatch(request("help", null, Map.of(), Messages.DUTCH));

        // THEN the store was read once for each interaction, and the command saw the network's settings
        assertThat(first.pages().get(0).title()).isNotBlank();
        assertThat(afterFirst).isEqualTo(1);
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void aCommandThatDoesNotAskForTheSettingsCostsNoRead() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        nl.regiotafel.commands.network.NetworkStore counting = new nl.regiotafel.commands.network.NetworkStore() {
            @Override
            public nl.regiotafel.commands.network.NetworkSettings get(String networkId) {
                reads.incrementAndGet();
                return nl.regiotafel.commands.network.NetworkDefaults.forNetwork(networkId);
            }

            @Override
            public nl.regiotafel.commands.network.NetworkSettings save(
                    nl.regiotafel.commands.network.NetworkSettings settings) {
                throw new AssertionError("not written here");
            }
        };
        CommandRegistry registry = new CommandRegistry(
                List.of(new FakeCommand(CommandSpec.of("help"), r -> CommandResponse.publicText("a", "b"))),
                List.of(),
                counting);

        registry.dispatch(request("help", null, Map.of(), Messages.DUTCH));

        assertThat(reads.get()).isZero();
    }
}
