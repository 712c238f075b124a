package nl.regiotafel.bot.discord;

import java.util.List;
import java.util.Optional;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.api.ReplyExtension;
import nl.regiotafel.commands.api.Tone;
import nl.regiotafel.commands.forum.ForumPostStore;
import nl.regiotafel.commands.forum.ForumTags;
import nl.regiotafel.commands.forum.ProjectForum;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.NetworkStore;
import nl.regiotafel.commands.privacy.PersonErased;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectCards;
import nl.regiotafel.commands.project.ProjectCommand;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.setup.SetupCommand;
import nl.regiotafel.commands.time.ReportingPeriod;
import nl.regiotafel.commands.update.Update;
import nl.regiotafel.commands.update.UpdateCards;
import nl.regiotafel.commands.update.UpdateCommand;
import nl.regiotafel.commands.update.UpdateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Keeps every project's forum post in step when a forum channel is configured: after a successful {@code /project
 * add}, {@code edit} or {@code kpi} the post is created or its card and tags edited; an {@code /update}'s card is added
 * to the post; {@code /project archive} and a finished status close and lock it; a confirmed {@code /import} reconciles
 * the forum, so every imported project gets its post. Runs after the reply, one post at a
 * time on its own thread, so the user never waits for Discord and many posts (after an import) go out paced, within
 * JDA's rate-limit handling. After an erasure ({@link PersonErased}) the posts of the projects that named the person are
 * rendered again from the store: the card and every update message recorded in {@code forumPosts}.
 */
final class ForumSync implements ReplyExtension {

    private static final Logger log = LoggerFactory.getLogger(ForumSync.class);

    private final ProjectForum forum;
    private final ForumPostStore posts;
    private final ProjectStore projects;
    private final UpdateStore updates;
    private final NetworkStore networks;
    private final java.util.concurrent.ScheduledExecutorService worker;

    ForumSync(
            ProjectForum forum,
            ForumPostStore posts,
            ProjectStore projects,
            UpdateStore updates,
            NetworkStore networks,
            java.util.concurrent.ScheduledExecutorService worker) {
        this.forum = forum;
        this.posts = posts;
        this.projects = projects;
        this.updates = updates;
        this.networks = networks;
        this.worker = worker;
    }

    @Override
    public CommandResponse extend(CommandRequest request, CommandResponse response) {
        if (response.tone() == Tone.ERROR
                || response.form() != null
                || response.pages().isEmpty()) {
            return response;
        }
        if (request.command().equals(SetupCommand.NAME)
                && "channels".equals(request.subcommand())
                && request.options().containsKey(SetupCommand.FORUM)) {
            return forumConfigured(request, response);
        }
        if (request.command().equals(nl.regiotafel.commands.transfer.ImportCommand.NAME)
                && request.bool(nl.regiotafel.commands.transfer.ImportCommand.CONFIRM)
                        .orElse(false)) {
            // An import may create hundreds of projects: their posts go out one at a time, at Discord's pace
            reconcileLater(request.networkId());
            return response;
        }
        boolean project = request.command().equals(ProjectCommand.NAME)
                && List.of("add", "edit", "kpi", "archive").contains(request.subcommand());
        boolean update = request.command().equals(UpdateCommand.NAME);
        if (!project && !update) {
            return response;
        }
        Optional<String> code = request.text(
                        "add".equals(request.subcommand()) ? ProjectCommand.CODE : ProjectCommand.PROJECT)
                .map(c -> c.toLowerCase(java.util.Locale.ROOT));
        if (code.isEmpty()) {
            return response;
        }
        Page updateCard = update ? response.pages().get(0) : null;
        String updateKey = update ? request.interactionId() : null;
        worker.execute(() -> sync(request.networkId(), code.get(), updateCard, updateKey));
        return response;
    }

    /**
     * A forum was just chosen: says privately which permissions the bot still lacks there (it asks for them only now),
     * and gives every project its post, paced, after the reply.
     */
    private CommandResponse forumConfigured(CommandRequest request, CommandResponse response) {
        String forumId = networks.get(request.networkId()).channels().forum();
        if (forumId == null) {
            return response;
        }
        Messages m = Messages.of(request.locale());
        List<String> missing;
        try {
            missing = forum.missingPermissions(request.networkId(), forumId);
        } catch (RuntimeException e) {
            log.warn("Cannot check the forum permissions in network {}: {}", request.networkId(), e.toString());
            return response;
        }
        if (missing == null) {
            return response.withNote(m.get("forum.notForum"));
        }
        reconcileLater(request.networkId());
        return missing.isEmpty()
                ? response.withNote(m.get("forum.ready"))
                : response.withNote(m.get("forum.permissions", String.join(", ", missing)));
    }

    /** Creates or edits the post of one project, adds an update's card, closes it when the project is done. */
    void sync(String networkId, String code, Page updateCard) {
        sync(networkId, code, updateCard, null);
    }

    /**
     * As {@link #sync(String, String, Page)}; {@code updateKey} is the stored update's idempotency key: the message
     * then shows the stored update in the network's language and is recorded, so it can be rendered again later.
     */
    void sync(String networkId, String code, Page updateCard, String updateKey) {
        try {
            NetworkSettings settings = networks.get(networkId);
            String forumId = settings.channels().forum();
            Optional<Project> found = projects.find(networkId, code);
            if (forumId == null || found.isEmpty()) {
                return;
            }
            Project project = found.get();
            Messages m = Messages.of(settings.locale());
            Page card = new Page(ProjectCards.title(project), "", ProjectCards.fields(m, project), null);
            List<String> tags = tags(m, project);
            Optional<ProjectForum.Post> existing = posts.find(networkId, code);
            ProjectForum.Post post;
            if (existing.isEmpty()) {
                post = forum.create(networkId, forumId, ProjectForum.title(project.code(), project.name()), card, tags);
                if (!posts.save(networkId, code, post)) {
                    log.warn("Project {} of network {} got a second forum post {}", code, networkId, post.threadId());
                }
            } else {
                post = existing.get();
                forum.editCard(networkId, post, card, tags);
            }
            if (updateCard != null) {
                Optional<Update> stored = updateKey == null
                        ? Optional.empty()
                        : updates.history(networkId, code).stream()
                                .filter(u -> updateKey.equals(u.idempotencyKey()))
                                .findFirst();
                Page shown =
                        stored.flatMap(u -> updatePage(settings, m, project, u)).orElse(updateCard);
                String messageId = forum.add(networkId, post, shown);
                stored.ifPresent(u -> posts.recordUpdateMessage(
                        networkId, code, new ForumPostStore.UpdateMessage(messageId, u.number(), u.version())));
            }
            if (project.archived()
                    || (project.status() != null && project.status().isFinished())) {
                forum.close(networkId, post);
            }
        } catch (RuntimeException e) {
            // The post catches up at the next change of the project; the command itself succeeded
            log.warn("Forum post of project {} in network {} not updated: {}", code, networkId, e.toString());
        }
    }

    /** An update as its message in the forum shows it, in the network's language; empty if its round is unknown. */
    private static Optional<Page> updatePage(NetworkSettings settings, Messages m, Project project, Update update) {
        try {
            var round = settings.calendar().round(ReportingPeriod.parseKey(update.period()));
            return Optional.of(UpdateCards.page(m, project, update, round, true));
        } catch (RuntimeException e) {
            // A period of another calendar kind (the calendar changed since): the reply's card is shown instead
            return Optional.empty();
        }
    }

    /**
     * A person was erased: once the worker gets to it, the card and every recorded update message of each project
     * that named them are rendered again from the store, which now shows the pseudonym. Posts of projects that did
     * not name them are left alone.
     */
    @EventListener
    public void erased(PersonErased event) {
        for (String code : event.projectCodes()) {
            worker.execute(() -> rerender(event.networkId(), code));
        }
    }

    /** Renders a project's post again, card and update messages, as the store has it now. */
    void rerender(String networkId, String code) {
        try {
            NetworkSettings settings = networks.get(networkId);
            Optional<ProjectForum.Post> existing = posts.find(networkId, code);
            Optional<Project> found = projects.find(networkId, code);
            if (settings.channels().forum() == null || existing.isEmpty() || found.isEmpty()) {
                return;
            }
            Project project = found.get();
            ProjectForum.Post post = existing.get();
            Messages m = Messages.of(settings.locale());
            forum.editCard(
                    networkId,
                    post,
                    new Page(ProjectCards.title(project), "", ProjectCards.fields(m, project), null),
                    tags(m, project));
            for (ForumPostStore.UpdateMessage message : posts.updateMessages(networkId, code)) {
                try {
                    updates.versions(networkId, code, message.number()).stream()
                            .filter(u -> u.version() == message.version())
                            .findFirst()
                            .flatMap(u -> updatePage(settings, m, project, u))
                            .ifPresent(page -> forum.editMessage(networkId, post, message.messageId(), page));
                } catch (RuntimeException e) {
                    // A message someone deleted: nothing left to show, the others still need rendering
                    log.warn(
                            "Forum message {} of project {} in network {} not rendered again: {}",
                            message.messageId(),
                            code,
                            networkId,
                            e.toString());
                }
            }
            if (project.archived()
                    || (project.status() != null && project.status().isFinished())) {
                forum.close(networkId, post);
            }
        } catch (RuntimeException e) {
            log.warn("Forum post of project {} in network {} not rendered again: {}", code, networkId, e.toString());
        }
    }

    /**
     * Brings a network's forum in line with its projects, at start-up and every hour: a project without a post gets one
     * (a forum configured after the projects existed, an import), a post someone deleted is made again, and tags that
     * were changed by hand are set back. Archived projects without a post get none. One post at a time, at Discord's
     * pace.
     *
     * @return how many posts were created
     */
    int reconcile(String networkId) {
        NetworkSettings settings = networks.get(networkId);
        String forumId = settings.channels().forum();
        if (forumId == null) {
            return 0;
        }
        Messages m = Messages.of(settings.locale());
        try {
            List<String> created = forum.ensureTags(networkId, forumId, ForumTags.wanted(m, settings));
            if (!created.isEmpty()) {
                log.info("Created forum tags {} in network {}", created, networkId);
            }
        } catch (RuntimeException e) {
            // Posts are made with the tags the forum has; the next reconciliation tries again
            log.warn("Forum tags of network {} not created: {}", networkId, e.toString());
        }
        java.util.Set<String> existing = forum.posts(networkId, forumId);
        int created = 0;
        for (Project project : projects.list(
                networkId, new nl.regiotafel.commands.project.ProjectFilter(null, null, null, null, null, true))) {
            try {
                Optional<ProjectForum.Post> post = posts.find(networkId, project.code());
                if (post.isPresent() && !existing.contains(post.get().threadId())) {
                    log.info("Forum post of {} in network {} was deleted; making it again", project.code(), networkId);
                    posts.remove(networkId, project.code());
                    post = Optional.empty();
                }
                if (post.isPresent()) {
                    forum.retag(networkId, post.get(), tags(m, project));
                    continue;
                }
                if (project.archived()) {
                    continue;
                }
                Page card = new Page(ProjectCards.title(project), "", ProjectCards.fields(m, project), null);
                ProjectForum.Post made = forum.create(
                        networkId, forumId, ProjectForum.title(project.code(), project.name()), card, tags(m, project));
                posts.save(networkId, project.code(), made);
                created++;
                if (project.status() != null && project.status().isFinished()) {
                    forum.close(networkId, made);
                }
            } catch (RuntimeException e) {
                log.warn("Forum post of {} in network {} not reconciled: {}", project.code(), networkId, e.toString());
            }
        }
        return created;
    }

    /** Reconciles every network shortly after start-up (once Discord is connected) and then every {@code every}. */
    ForumSync schedule(java.time.Duration first, java.time.Duration every) {
        worker.scheduleAtFixedRate(
                this::reconcileAll, first.toMillis(), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return this;
    }

    void close() {
        worker.shutdownNow();
    }

    /**
     * Reconciles one network on the worker, after whatever it is doing: every change to the forum goes through that
     * one thread, so two reconciliations never race to create the same post.
     */
    java.util.concurrent.Future<Integer> reconcileLater(String networkId) {
        return worker.submit(() -> reconcile(networkId));
    }

    /** Reconciles every network now, on the worker, after whatever it is doing. */
    void reconcileAll() {
        worker.execute(() -> {
            for (String networkId : projects.networkIds()) {
                try {
                    int created = reconcile(networkId);
                    if (created > 0) {
                        log.info("Created {} forum posts in network {}", created, networkId);
                    }
                } catch (RuntimeException e) {
                    log.warn("Forum of network {} not reconciled: {}", networkId, e.toString());
                }
            }
        });
    }

    /** Health, phase and theme, as the forum's tags are named (in the network's language). */
    static List<String> tags(Messages m, Project project) {
        return ForumTags.of(m, project);
    }
}
