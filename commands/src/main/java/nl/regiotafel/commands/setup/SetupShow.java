package nl.regiotafel.commands.setup;

import java.util.List;
import java.util.Locale;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.Field;
import nl.regiotafel.commands.api.Page;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.privacy.RetentionStore;
import nl.regiotafel.commands.privacy.RetentionText;
import nl.regiotafel.commands.text.Texts;

/** {@code /setup show}: every setting of the network, with the version saved last. */
final class SetupShow {

    private final RetentionStore retention;

    SetupShow(RetentionStore retention) {
        this.retention = retention;
    }

    CommandResponse show(CommandRequest request) {
        Messages m = request.messages();
        NetworkSettings s = request.settings();
        String none = m.get("common.none");
        StringBuilder regions = new StringBuilder();
        for (Region region : s.regions()) {
            regions.append("• ")
                    .append(Texts.escape(SettingsChanges.region(region)))
                    .append('\n');
        }
        List<Field> fields = List.of(
                Field.inline(m.get("setup.field.name"), Texts.escape(s.name())),
                Field.inline(m.get("setup.field.timezone"), s.zone().getId()),
                Field.inline(
                        m.get("setup.field.language"),
                        m.get("setup.language." + s.locale().getLanguage())),
                Field.inline(
                        m.get("setup.field.membersMayRead"), m.get(s.membersMayRead() ? "common.yes" : "common.no")),
                Field.of(m.get("setup.field.themes"), Texts.escape(Texts.joinOr(s.themes(), none))),
                Field.of(m.get("setup.field.pillars"), Texts.escape(Texts.joinOr(s.pillars(), none))),
                Field.of(
                        m.get("setup.roles"),
                        m.get(
                                "setup.roles.text",
                                roles(s.roles().adminRoleIds(), m.get("setup.roles.platformAdmins")),
                                roles(s.roles().managerRoleIds(), none),
                                roles(s.roles().leaderRoleIds(), none))),
                Field.of(
                        m.get("setup.channels"),
                        m.get(
                                "setup.channels.text",
                                channel(s.channels().updates(), none),
                                channel(s.channels().reminders(), none),
                                channel(s.channels().digest(), none),
                                channel(s.channels().managers(), none),
                                channel(s.channels().forum(), none))),
                Field.of(
                        m.get("setup.calendar"),
                        m.get(
                                "setup.calendar.text",
                                m.get("setup.kind." + s.calendar().kind().name().toLowerCase(Locale.ROOT)),
                                s.calendar().opensDaysBefore(),
                                s.calendar().deadlineDaysAfter())),
                Field.of(
                        m.get("privacy.retention.title"),
                        RetentionText.describe(m, retention.get(request.networkId()))));
        String footer = s.version() == 0 ? m.get("setup.defaults") : m.get("setup.version", s.version());
        return CommandResponse.builder()
                .privately()
                .page(new Page(
                        m.get("setup.show.title", Texts.escape(s.name())),
                        m.get("setup.field.regions") + " (" + s.regions().size() + ")\n" + regions,
                        fields,
                        footer))
                .build();
    }

    private static String roles(List<String> ids, String empty) {
        return ids.isEmpty()
                ? empty
                : String.join(
                        ", ",
                        ids.stream()
                                .map(nl.regiotafel.commands.chat.Markup::role)
                                .toList());
    }

    private static String channel(String id, String empty) {
        return id == null ? empty : nl.regiotafel.commands.chat.Markup.channel(id);
    }
}
