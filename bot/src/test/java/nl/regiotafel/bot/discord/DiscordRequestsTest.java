package nl.regiotafel.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.Role;
import nl.regiotafel.commands.api.UserRef;
import nl.regiotafel.commands.i18n.Messages;
import nl.regiotafel.commands.network.NetworkDefaults;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.RoleMapping;
import org.junit.jupiter.api.Test;

/** The mapping from JDA's public API to our requests, with JDA's interfaces mocked. */
final class DiscordRequestsTest {

    private static NetworkSettings settingsWithManagerRole() {
        NetworkSettings defaults = NetworkDefaults.forNetwork("guild-9");
        return new NetworkSettings(
                defaults.networkId(),
                defaults.name(),
                defaults.zone(),
                defaults.locale(),
                defaults.regions(),
                defaults.themes(),
                defaults.pillars(),
                new RoleMapping(List.of("r-admin"), List.of("r-manager"), List.of("r-leader")),
                true,
                defaults.calendar(),
                defaults.channels(),
                3);
    }

    private static SlashCommandInteraction interaction(DiscordLocale locale, boolean manageServer, String... roleIds) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        Member member = mock(Member.class);
        User user = mock(User.class);
        List<net.dv8tion.jda.api.entities.Role> roles = java.util.Arrays.stream(roleIds)
                .map(id -> {
                    var role = mock(net.dv8tion.jda.api.entities.Role.class);
                    when(role.getId()).thenReturn(id);
                    return role;
                })
                .toList();
        when(member.getRoles()).thenReturn(roles);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        when(member.getEffectiveName()).thenReturn("Sanne de Vries");
        when(user.getId()).thenReturn("4242");
        when(interaction.getMember()).thenReturn(member);
        when(interaction.getUser()).thenReturn(user);
        when(interaction.getUserLocale()).thenReturn(locale);
        when(interaction.getChannelId()).thenReturn("chan-1");
        when(interaction.getId()).thenReturn("1234567890");
        return interaction;
    }

    @Test
    void mapsWhoWhereAndTheMappedRoles() {
        SlashCommandInteraction interaction = interaction(DiscordLocale.DUTCH, false, "r-manager", "r-other");

        CommandRequest request =
                DiscordRequests.request(interaction, settingsWithManagerRole(), "project", "list", Map.of());

        assertThat(request.networkId()).isEqualTo("guild-9");
        assertThat(request.channelId()).isEqualTo("chan-1");
        assertThat(request.interactionId()).isEqualTo("1234567890");
        assertThat(request.invoker().userId()).isEqualTo("4242");
        assertThat(request.invoker().displayName()).isEqualTo("Sanne de Vries");
        assertThat(request.invoker().roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.MEMBER);
        assertThat(request.locale()).isEqualTo(Messages.DUTCH);
        assertThat(request.path()).isEqualTo("/project list");
    }

    @Test
    void makesManageServerAnAdministratorAndFollowsTheUsersLanguage() {
        SlashCommandInteraction interaction = interaction(DiscordLocale.ENGLISH_US, true);

        CommandRequest request =
                DiscordRequests.request(interaction, NetworkDefaults.forNetwork("g"), "help", null, Map.of());

        assertThat(request.invoker().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER);
        assertThat(request.locale()).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void fallsBackToTheNetworkLanguageForALanguageWeDoNotSpeak() {
        SlashCommandInteraction interaction = interaction(DiscordLocale.GERMAN, false);

        CommandRequest request =
                DiscordRequests.request(interaction, NetworkDefaults.forNetwork("g"), "help", null, Map.of());

        assertThat(request.locale()).isEqualTo(Messages.DUTCH);
        assertThat(request.invoker().roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void typesOptionValues() {
        OptionMapping text = option("name", OptionType.STRING);
        when(text.getAsString()).thenReturn("Pilot Smart Glasses");
        OptionMapping number = option("target", OptionType.NUMBER);
        when(number.getAsDouble()).thenReturn(7.5);
        OptionMapping flag = option("archived", OptionType.BOOLEAN);
        when(flag.getAsBoolean()).thenReturn(true);
        OptionMapping count = option("days", OptionType.INTEGER);
        when(count.getAsLong()).thenReturn(14L);
        OptionMapping leader = option("leader", OptionType.USER);
        User user = mock(User.class);
        when(user.getId()).thenReturn("777");
        when(user.getName()).thenReturn("lotte");
        when(leader.getAsUser()).thenReturn(user);

        Map<String, Object> options = DiscordRequests.options(List.of(text, number, flag, count, leader));

        assertThat(options)
                .containsEntry("name", "Pilot Smart Glasses")
                .containsEntry("target", 7.5)
                .containsEntry("archived", true)
                .containsEntry("days", 14L)
                .containsEntry("leader", new UserRef("777", "lotte"));
    }

    private static OptionMapping option(String name, OptionType type) {
        OptionMapping mapping = mock(OptionMapping.class);
        when(mapping.getName()).thenReturn(name);
        when(mapping.getType()).thenReturn(type);
        return mapping;
    }
}
