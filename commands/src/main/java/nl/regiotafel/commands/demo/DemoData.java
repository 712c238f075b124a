package nl.regiotafel.commands.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo network's data, read from {@code demo/demo-network.txt}: blocks of {@code key = value} lines, each opened by
 * its kind in brackets ({@code [network]}, {@code [leader]}, {@code [project]}, and after a project its {@code [kpi]},
 * {@code [milestone]} and {@code [update]} blocks). The file is ours: anything it does not expect fails loudly, naming
 * the line.
 *
 * @param name the network's display name
 * @param themes the themes the demo adds to the network
 * @param leaders the fictional leaders' display names by user id, in file order
 * @param projects the projects, in file order
 */
record DemoData(String name, List<String> themes, Map<String, String> leaders, List<Project> projects) {

    static final String RESOURCE = "/demo/demo-network.txt";

    record Project(
            String code,
            String name,
            String region,
            String subRegion,
            String theme,
            String pillar,
            String goal,
            String phase,
            String status,
            String leaderId,
            String portfolioHolders,
            String organisations,
            LocalDate created,
            List<Kpi> kpis,
            List<Milestone> milestones,
            List<Update> updates) {}

    record Kpi(String label, String unit, Double baseline, double target) {}

    record Milestone(String title, String due, LocalDate doneOn) {}

    /** An update as posted; phase and status are given only when the update changes them. */
    record Update(
            String period,
            LocalDate posted,
            String health,
            String phase,
            String status,
            String results,
            String nextActions,
            String risks,
            String help,
            String kpis) {}

    private static final Map<String, Set<String>> KEYS = Map.of(
            "network", Set.of("name", "theme"),
            "leader", Set.of("id", "name"),
            "project",
                    Set.of(
                            "code",
                            "name",
                            "region",
                            "subregion",
                            "theme",
                            "pillar",
                            "goal",
                            "phase",
                            "status",
                            "leader",
                            "portfolio-holders",
                            "organisations",
                            "created"),
            "kpi", Set.of("label", "unit", "baseline", "target"),
            "milestone", Set.of("title", "due", "done"),
            "update",
                    Set.of(
                            "period",
                            "posted",
                            "health",
                            "phase",
                            "status",
                            "results",
                            "next-actions",
                            "risks",
                            "help",
                            "kpis"));

    /** The demo as the resource holds it. */
    static DemoData load() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo data " + RESOURCE + " is not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** One block: its kind, where it starts and its values (a repeated key keeps every value). */
    private record Block(String kind, int line, Map<String, List<String>> values) {

        String get(String key) {
            List<String> all = values.get(key);
            if (all != null && all.size() > 1) {
                throw new IllegalStateException(
                        "Demo data line " + line + ": [" + kind + "] has " + key + " " + all.size() + " times");
            }
            return all == null ? null : all.get(0);
        }

        String required(String key) {
            String value = get(key);
            if (value == null) {
                throw new IllegalStateException("Demo data line " + line + ": [" + kind + "] needs " + key);
            }
            return value;
        }

        List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }

        LocalDate date(String key) {
            String value = get(key);
            return value == null ? null : LocalDate.parse(value);
        }
    }

    static DemoData parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String kind = line.substring(1, line.length() - 1);
                if (!KEYS.containsKey(kind)) {
                    throw new IllegalStateException("Demo data line " + number + ": unknown block " + line);
                }
                blocks.add(new Block(kind, number, new LinkedHashMap<>()));
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0 || blocks.isEmpty()) {
                throw new IllegalStateException("Demo data line " + number + ": expected key = value: " + line);
            }
            Block block = blocks.get(blocks.size() - 1);
            String key = line.substring(0, equals).strip();
            if (!KEYS.get(block.kind()).contains(key)) {
                throw new IllegalStateException(
                        "Demo data line " + number + ": [" + block.kind() + "] has no key " + key);
            }
            block.values()
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(line.substring(equals + 1).strip());
        }
        return build(blocks);
    }

    private static DemoData build(List<Block> blocks) {
        String name = null;
        List<String> themes = new ArrayList<>();
        Map<String, String> leaders = new LinkedHashMap<>();
        List<Project> projects = new ArrayList<>();
        Block project = null;
        List<Kpi> kpis = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        for (Block block : blocks) {
            switch (block.kind()) {
                case "network" -> {
                    name = block.required("name");
                    themes.addAll(block.all("theme"));
                }
                case "leader" -> leaders.put(block.required("id"), block.required("name"));
                case "project" -> {
                    if (project != null) {
                        projects.add(project(project, kpis, milestones, updates));
                    }
                    project = block;
                    kpis = new ArrayList<>();
                    milestones = new ArrayList<>();
                    updates = new ArrayList<>();
                }
                case "kpi" -> {
                    belongs(project, block);
                    String baseline = block.get("baseline");
                    kpis.add(new Kpi(
                            block.required("label"),
                            block.required("unit"),
                            baseline == null ? null : Double.valueOf(baseline),
                            Double.parseDouble(block.required("target"))));
                }
                case "milestone" -> {
                    belongs(project, block);
                    milestones.add(new Milestone(block.required("title"), block.required("due"), block.date("done")));
                }
                case "update" -> {
                    belongs(project, block);
                    updates.add(new Update(
                            block.required("period"),
                            LocalDate.parse(block.required("posted")),
                            block.required("health"),
                            block.get("phase"),
                            block.get("status"),
                            block.required("results"),
                            block.get("next-actions"),
                            block.get("risks"),
                            block.get("help"),
                            block.get("kpis")));
                }
                default -> throw new AssertionError(block.kind());
            }
        }
        if (project != null) {
            projects.add(project(project, kpis, milestones, updates));
        }
        if (name == null) {
            throw new IllegalStateException("Demo data: no [network] block");
        }
        for (Project p : projects) {
            if (p.leaderId() != null && !leaders.containsKey(p.leaderId())) {
                throw new IllegalStateException(
                        "Demo data: project " + p.code() + " names unknown leader " + p.leaderId());
            }
        }
        return new DemoData(
                name, List.copyOf(themes), java.util.Collections.unmodifiableMap(leaders), List.copyOf(projects));
    }

    private static void belongs(Block project, Block block) {
        if (project == null) {
            throw new IllegalStateException(
                    "Demo data line " + block.line() + ": [" + block.kind() + "] before any [project]");
        }
    }

    private static Project project(Block p, List<Kpi> kpis, List<Milestone> milestones, List<Update> updates) {
        return new Project(
                p.required("code"),
                p.required("name"),
                p.required("region"),
                p.get("subregion"),
                p.required("theme"),
                p.get("pillar"),
                p.required("goal"),
                p.required("phase"),
                p.required("status"),
                p.get("leader"),
                p.get("portfolio-holders"),
                p.get("organisations"),
                LocalDate.parse(p.required("created")),
                List.copyOf(kpis),
                List.copyOf(milestones),
                List.copyOf(updates));
    }
}
