package nl.regiotafel.commands.setup;

import static nl.regiotafel.commands.setup.SetupCommand.PILLAR;
import static nl.regiotafel.commands.setup.SetupCommand.REGION;
import static nl.regiotafel.commands.setup.SetupCommand.SUBREGION;
import static nl.regiotafel.commands.setup.SetupCommand.SUBREGIONS;
import static nl.regiotafel.commands.setup.SetupCommand.THEME;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.regiotafel.commands.api.CommandRequest;
import nl.regiotafel.commands.api.CommandResponse;
import nl.regiotafel.commands.api.UserError;
import nl.regiotafel.commands.audit.AuditAction;
import nl.regiotafel.commands.network.NetworkSettings;
import nl.regiotafel.commands.network.Region;
import nl.regiotafel.commands.project.Project;
import nl.regiotafel.commands.project.ProjectFilter;
import nl.regiotafel.commands.project.ProjectStore;
import nl.regiotafel.commands.text.Texts;

/**
 * The network's names: {@code /setup regions add|remove}, {@code /setup themes add|remove}, {@code /setup pillars
 * add|remove}. A name projects still use is not removed.
 */
final class VocabularySetup {

    private final SettingsChanges changes;
    private final ProjectStore projects;

    VocabularySetup(SettingsChanges changes, ProjectStore projects) {
        this.changes = changes;
        this.projects = projects;
    }

    CommandResponse addRegion(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_REGIONS_ADD, next -> addRegion(request, next));
    }

    CommandResponse removeRegion(CommandRequest request) {
        return changes.save(request, AuditAction.SETUP_REGIONS_REMOVE, next -> removeRegion(request, next));
    }

    CommandResponse addTheme(CommandRequest request) {
        return changes.save(
                request,
                AuditAction.SETUP_THEMES_ADD,
                next -> next.themes = added(next.themes, request.requireText(THEME), "error.setup.themeExists"));
    }

    CommandResponse removeTheme(CommandRequest request) {
        NetworkSettings current = request.settings();
        return changes.save(request, AuditAction.SETUP_THEMES_REMOVE, next -> {
            String theme = current.theme(request.requireText(THEME))
                    .orElseThrow(() -> new UserError(
                            "error.theme.unknown", request.requireText(THEME), String.join(", ", current.themes())));
            if (current.themes().size() == 1) {
                throw new UserError("error.setup.lastTheme");
            }
            refuseInUse(request, Project::theme, theme, "error.setup.themeInUse");
            next.themes =
                    current.themes().stream().filter(t -> !t.equals(theme)).toList();
        });
    }

    CommandResponse addPillar(CommandRequest request) {
        return changes.save(
                request,
                AuditAction.SETUP_PILLARS_ADD,
                next -> next.pillars = added(next.pillars, request.requireText(PILLAR), "error.setup.pillarExists"));
    }

    CommandResponse removePillar(CommandRequest request) {
        NetworkSettings current = request.settings();
        return changes.save(request, AuditAction.SETUP_PILLARS_REMOVE, next -> {
            String pillar = current.pillar(request.requireText(PILLAR))
                    .orElseThrow(() -> new UserError(
                            "error.pillar.unknown", request.requireText(PILLAR), String.join(", ", current.pillars())));
            refuseInUse(request, Project::pillar, pillar, "error.setup.pillarInUse");
            next.pillars =
                    current.pillars().stream().filter(p -> !p.equals(pillar)).toList();
        });
    }

    private static void addRegion(CommandRequest request, NetworkSettings.Builder next) {
        String name = request.requireText(REGION);
        List<String> subs = Texts.items(request.text(SUBREGIONS).orElse(null));
        List<Region> regions = new ArrayList<>(next.regions);
        Optional<Region> existing =
                regions.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
        if (existing.isEmpty()) {
            regions.add(new Region(name, subs));
        } else {
            LinkedHashSet<String> all = new LinkedHashSet<>(existing.get().subRegions());
            subs.stream()
                    .filter(s -> all.stream().noneMatch(a -> a.equalsIgnoreCase(s)))
                    .forEach(all::add);
            if (all.size() == existing.get().subRegions().size()) {
                throw new UserError("error.setup.regionExists", existing.get().name());
            }
            regions.set(
                    regions.indexOf(existing.get()), new Region(existing.get().name(), List.copyOf(all)));
        }
        next.regions = regions;
    }

    private void removeRegion(CommandRequest request, NetworkSettings.Builder next) {
        String name = request.requireText(REGION);
        List<Region> regions = new ArrayList<>(next.regions);
        Region region = regions.stream()
                .filter(r -> r.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new UserError("error.setup.regionUnknown", name));
        Optional<String> sub = request.text(SUBREGION);
        if (sub.isPresent()) {
            List<String> subs = new ArrayList<>(region.subRegions());
            if (!subs.removeIf(s -> s.equalsIgnoreCase(sub.get()))) {
                throw new UserError(
                        "error.setup.subregionUnknown",
                        sub.get(),
                        region.name(),
                        Texts.joinOr(region.subRegions(), "–"));
            }
            regions.set(regions.indexOf(region), new Region(region.name(), subs));
        } else {
            if (regions.size() == 1) {
                throw new UserError("error.setup.lastRegion");
            }
            refuseInUse(request, p -> p.region(), region.name(), "error.setup.regionInUse");
            regions.remove(region);
        }
        next.regions = regions;
    }

    /** Refuses to remove a value projects still use, naming some of them, so no project is left with an unknown one. */
    private void refuseInUse(CommandRequest request, Function<Project, String> field, String value, String key) {
        List<String> codes =
                projects.list(request.networkId(), new ProjectFilter(null, null, null, null, null, true)).stream()
                        .filter(p -> value.equalsIgnoreCase(field.apply(p)))
                        .map(Project::code)
                        .toList();
        if (!codes.isEmpty()) {
            throw new UserError(
                    key, value, codes.size(), String.join(", ", codes.subList(0, Math.min(10, codes.size()))));
        }
    }

    private static List<String> added(List<String> values, String value, String existsKey) {
        if (values.stream().anyMatch(v -> v.equalsIgnoreCase(value))) {
            throw new UserError(existsKey, value);
        }
        List<String> all = new ArrayList<>(values);
        all.add(value);
        return all;
    }
}
