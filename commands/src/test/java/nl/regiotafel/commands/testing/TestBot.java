package nl.regiotafel.commands.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRegistry;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.readmodel.ReadModel;
import nl.regiotafel.storage.TestStores;

/**
 * The commands as the bot runs them, without Spring: every {@link Command} and {@link ReplyExtension} class built
 * through its constructor (as the bot's component scan does), over the read model in front of the real Mongo adapters
 * on the embedded store ({@link TestStores}), with a settable clock and a chat gateway that records what it is given.
 * One per JVM, like the bot's one Spring context in its tests: tests keep apart by using their own network ids.
 *
 * <p>Anything else a test needs (a store, {@code Rounds}, {@code Importer}, {@code ReminderEngine}…) comes from
 * {@link #get}: the same instance the commands were given, built the same way on first use.
 */
public final class TestBot {

    /** Where the meeting view's links point in tests. */
    public static final String BASE_URL = "http://127.0.0.1:8080";

    private static TestBot shared;

    private final TestStores stores;
    private final TestClock clock = new TestClock();
    private final RecordingChatGateway chat = new RecordingChatGateway();
    private final RecordingPrivacyEvents privacyEvents = new RecordingPrivacyEvents();
    private final RecordingRoundBoardRefresh boards = new RecordingRoundBoardRefresh();
    /** Instances in the order they were made: the first one assignable to a type is the one handed out. */
    private final List<Object> instances = new ArrayList<>();

    private final CommandRegistry registry;

    private TestBot(TestStores stores) {
        this.stores = stores;
        ReadModel model = otherInstance(Duration.ofMinutes(30));
        // The modelled stores first: every command reads and writes through the read model, as in the bot
        register(this);
        register(model);
        register(model.stamps());
        // The bot's default view cache: what RoundSummaries keeps per revision
        register(new nl.regiotafel.commands.summary.ViewCache(32L * 1024 * 1024));
        register(model.projectStore());
        register(model.updateStore());
        register(model.milestoneStore());
        register(model.roundStore());
        register(model.networkStore());
        register(model.personalDataStore(stores.get(nl.regiotafel.commands.privacy.PersonalDataStore.class)));
        register(model.retentionStore(stores.get(nl.regiotafel.commands.privacy.RetentionStore.class)));
        stores.all().forEach(this::register);
        register(stores.mongo());
        register(clock);
        register(chat);
        register(privacyEvents);
        register(boards);
        // Nothing runs in the background in the commands' tests: rendering ahead is tested on its own (ViewsAheadTest)
        register(nl.regiotafel.commands.summary.Background.NONE);
        register(new nl.regiotafel.commands.dashboard.DashboardLinks(
                stores.get(nl.regiotafel.commands.dashboard.DashboardKeyStore.class), () -> BASE_URL));
        register(stores.fence());
        // As in the console: every command is available, /help lists them all (the registry is made last)
        register((nl.regiotafel.commands.api.CommandCatalog)
                () -> registry().commands().stream().map(Command::spec).toList());
        List<Command> commands = new ArrayList<>();
        List<ReplyExtension> extensions = new ArrayList<>();
        for (Class<?> type : scan()) {
            if (Command.class.isAssignableFrom(type)) {
                commands.add((Command) get(type));
            } else if (ReplyExtension.class.isAssignableFrom(type)) {
                extensions.add((ReplyExtension) get(type));
            }
        }
        this.registry =
                new CommandRegistry(commands, extensions, get(nl.regiotafel.commands.network.NetworkStore.class));
        register(registry);
    }

    /** The bot of this JVM, built on first use. */
    public static synchronized TestBot shared() {
        if (shared == null) {
            shared = new TestBot(TestStores.shared());
        }
        return shared;
    }

    public CommandRegistry registry() {
        return registry;
    }

    public TestClock clock() {
        return clock;
    }

    /** What the bot posted by itself (reminders, digests, notices), in order. */
    public RecordingChatGateway chat() {
        return chat;
    }

    /** The round boards the commands asked to redraw. */
    public RecordingRoundBoardRefresh boards() {
        return boards;
    }

    public RecordingPrivacyEvents privacyEvents() {
        return privacyEvents;
    }

    /**
     * Another bot instance's read model on the same store, as a second process would have it: it sees this bot's writes
     * at its next command (through the revisions) and this bot sees its writes.
     */
    public ReadModel otherInstance(Duration maxAge) {
        return new ReadModel(
                stores.get(nl.regiotafel.commands.project.ProjectStore.class),
                stores.get(nl.regiotafel.commands.update.UpdateStore.class),
                stores.get(nl.regiotafel.commands.milestone.MilestoneStore.class),
                stores.get(nl.regiotafel.commands.round.RoundStore.class),
                stores.get(nl.regiotafel.commands.network.NetworkStore.class),
                stores.get(nl.regiotafel.commands.readmodel.RevisionStore.class),
                maxAge);
    }

    /** What the test bot hands out for a field of a test class: {@link #bare} for a field marked {@link Bare}. */
    Object wire(java.lang.reflect.Field field) {
        return field.isAnnotationPresent(Bare.class) ? bare(field.getType()) : get(field.getType());
    }

    /** The Mongo adapter itself, without the read model in front: what is really stored. */
    public <T> T bare(Class<T> port) {
        return stores.get(port);
    }

    public TestStores stores() {
        return stores;
    }

    /**
     * The instance of this type the commands use: a port gets the read model's store where there is one, else the
     * Mongo adapter; a class is built through its constructor from what this bot has, once.
     */
    public synchronized <T> T get(Class<T> type) {
        for (Object instance : instances) {
            if (type.isInstance(instance)) {
                return type.cast(instance);
            }
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("Nothing in the test bot implements " + type.getName());
        }
        if (type == Clock.class) {
            return type.cast(clock);
        }
        T built = type.cast(build(type));
        register(built);
        return built;
    }

    private Object build(Class<?> type) {
        Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow();
        java.lang.reflect.Type[] parameters = constructor.getGenericParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i]);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName() + " for the test bot", e);
        }
    }

    /** A {@code List<X>} gets every instance of X this bot has made (as Spring collects beans), anything else one. */
    private Object argument(java.lang.reflect.Type parameter) {
        if (parameter instanceof java.lang.reflect.ParameterizedType generic && generic.getRawType() == List.class) {
            Class<?> element = (Class<?>) generic.getActualTypeArguments()[0];
            return instances.stream().filter(element::isInstance).toList();
        }
        Class<?> type = parameter instanceof java.lang.reflect.ParameterizedType generic
                ? (Class<?>) generic.getRawType()
                : (Class<?>) parameter;
        return type == Clock.class ? clock : get(type);
    }

    private void register(Object instance) {
        instances.add(instance);
    }

    /** Every concrete command and reply extension class of the commands module, as the component scan finds them. */
    private static List<Class<?>> scan() {
        Path classes;
        try {
            classes = Path.of(CommandRegistry.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .sorted()
                    .map(TestBot::load)
                    .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()) && !c.isAnonymousClass())
                    .filter(c -> Command.class.isAssignableFrom(c) || ReplyExtension.class.isAssignableFrom(c))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TestBot.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
