package nl.regiotafel.commands.dashboard;

import static nl.regiotafel.commands.api.OptionSpec.optional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regiotafel.commands.api.Command;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.CommandSpec;
import nl.regiotafel.commands.api.OptionType;
import nl.regiotafel.commands.api.Subcommand;
import nl.regiotafel.commands.api.SubcommandSpec;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.chat.Markup;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.ReportingCalendar;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.project.Regions;
import nl.regiotafel.commands.summary.SummaryRequests;

/**
 * A link to the meeting view (the web pages) for people who are not on Discord, and revoking every link.
 *
 * <p>Managers and administrators; members too when the network lets members read status. The link is answered
 * privately: whoever has it can read the network's (or the region's) figures until it expires. By default it expires
 * 14 days after the next round's deadline, at most after a year.
 *
 * <pre>
 * /dashboard link
 * /dashboard link region:Zeeland days:30
 * /dashboard revoke
 * </pre>
 */
public final class DashboardCommand implements Command {

    public static final String NAME = "dashboard";
    public static final String LINK = "link";
    public static final String REVOKE = "revoke";
    public static final String DAYS = "days";

    /** Days a link stays valid after the next round's deadline, unless {@code days:} says otherwise. */
    static final int DAYS_AFTER_DEADLINE = 14;

    static final int MAX_DAYS = 365;

    private final DashboardLinks links;
    private final DashboardKeyStore keys;
    private final ProjectStore projects;
    private final Clock clock;

    public DashboardCommand(DashboardLinks links, DashboardKeyStore keys, ProjectStore projects, Clock clock) {
        this.links = links;
        this.keys = keys;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(NAME, subcommands());
    }

    @Override
    public List<Subcommand> subcommands() {
        return List.of(
                new Subcommand(
                        SubcommandSpec.of(
                                NAME,
                                LINK,
                                optional(SummaryRequests.REGION, OptionType.STRING)
                                        .withAutocomplete(),
                                optional(DAYS, OptionType.INTEGER).describedBy("opt.dashboard.days")),
                        this::link),
                new Subcommand(SubcommandSpec.of(NAME, REVOKE), this::revoke));
    }

    /** Makes every link handed out so far invalid. */
    private CommandResponse revoke(CommandRequest request) {
        if (!request.invoker().isManager()) {
            throw new UserError("error.access.manager");
        }
        keys.rotate(request.networkId());
        Messages m = request.messages();
        return CommandResponse.privateText(m.get("dashboard.revoked.title"), m.get("dashboard.revoked.text"));
    }

    private CommandResponse link(CommandRequest request) {
        Messages m = request.messages();
        NetworkSettings settings = request.settings();
        if (!request.invoker().isManager() && !settings.membersMayRead()) {
            throw new UserError("error.dashboard.access");
        }
        Regions.Place place = request.text(SummaryRequests.REGION)
                .map(text ->
                        Regions.place(settings, text, () -> projects.list(request.networkId(), ProjectFilter.all())))
                .orElse(new Regions.Place(null, null));
        Instant now = clock.instant();
        Instant expires = request.integer(DAYS)
                .map(days -> {
                    if (days < 1 || days > MAX_DAYS) {
                        throw new UserError("error.dashboard.days", DAYS, MAX_DAYS, days);
                    }
                    return now.plus(Duration.ofDays(days));
                })
                .orElseGet(() -> defaultExpiry(settings, now));
        DashboardLinks.Grant grant =
                new DashboardLinks.Grant(request.networkId(), place.region(), place.subRegion(), expires);
        String url = links.url(links.sign(grant, DashboardLinks.Purpose.LINK));
        String scope = place.subRegion() != null
                ? (place.region() == null ? place.subRegion() : place.region() + " – " + place.subRegion())
                : place.region() == null ? settings.name() : place.region();
        // The last day it is valid on: a link that expires at midnight is not valid on the day that begins then
        LocalDate until = expires.minusSeconds(1).atZone(settings.zone()).toLocalDate();
        return CommandResponse.privateText(
                m.get("dashboard.link.title"),
                m.get("dashboard.link.text", scope, Markup.date(until, settings.zone()), url));
    }

    /** The end of the day 14 days after the deadline of the next round that has not closed yet; at most a year. */
    static Instant defaultExpiry(NetworkSettings settings, Instant now) {
        ReportingCalendar calendar = settings.calendar();
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        var period = calendar.reportingPeriod(today);
        LocalDate deadline = calendar.deadline(period);
        if (deadline.isBefore(today)) {
            deadline = calendar.deadline(period.next());
        }
        Instant expires = deadline.plusDays(DAYS_AFTER_DEADLINE + 1L)
                .atStartOfDay(settings.zone())
                .toInstant();
        Instant cap = now.plus(Duration.ofDays(MAX_DAYS));
        return expires.isAfter(cap) ? cap : expires;
    }

    @Override
    public List<Suggestion> suggest(CommandRequest request, String option) {
        return SummaryRequests.suggest(request.settings(), request, option);
    }
}
