package nl.regiotafel.commands.readmodel;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiotafel.commands.milestone.Milestone;
import nl.regiotafel.commands.time.DueDate;
import nl.regiotafel.commands.update.Update;

/**
 * One instance of each equal string among the records a table keeps. The store's driver makes a new string for every
 * field of every document, so a network of 3,000 update versions held its network id, project codes, authors,
 * periods and unchanged texts thousands of times over: strings were most of the model's memory (issue 13). Records
 * come out equal to what went in; only which instance of an equal value they hold changes.
 */
final class Canonical {

    private final Map<String, String> strings = new HashMap<>();

    String of(String s) {
        if (s == null) {
            return null;
        }
        String had = strings.putIfAbsent(s, s);
        return had == null ? s : had;
    }

    /** Seeds this with the strings of updates already kept (themselves canonical), so a new version shares them. */
    Canonical knowing(List<Update> kept) {
        for (Update u : kept) {
            of(u.networkId());
            of(u.projectCode());
            of(u.authorId());
            of(u.authorName());
            of(u.period());
            of(u.results());
            of(u.nextActions());
            of(u.risks());
            of(u.helpNeeded());
            u.kpiValues().keySet().forEach(this::of);
        }
        return this;
    }

    /** The same, for milestones. */
    Canonical knowingMilestones(List<Milestone> kept) {
        for (Milestone m : kept) {
            of(m.networkId());
            of(m.projectCode());
            of(m.title());
            of(m.due().label());
            of(m.ownerId());
        }
        return this;
    }

    Update update(Update u) {
        Map<String, Double> kpis = u.kpiValues();
        if (!kpis.isEmpty()) {
            Map<String, Double> shared = new LinkedHashMap<>();
            kpis.forEach((label, value) -> shared.put(of(label), value));
            kpis = shared;
        }
        Instant posted = u.postedAt().equals(u.firstPostedAt()) ? u.firstPostedAt() : u.postedAt();
        return new Update(
                of(u.networkId()),
                of(u.projectCode()),
                u.number(),
                u.version(),
                of(u.authorId()),
                of(u.authorName()),
                u.firstPostedAt(),
                posted,
                of(u.period()),
                u.health(),
                u.phase(),
                u.status(),
                of(u.results()),
                of(u.nextActions()),
                of(u.risks()),
                of(u.helpNeeded()),
                kpis,
                u.idempotencyKey(),
                u.late());
    }

    Milestone milestone(Milestone m) {
        DueDate due = m.due();
        return new Milestone(
                of(m.networkId()),
                of(m.projectCode()),
                m.number(),
                of(m.title()),
                new DueDate(due.date(), due.precision(), of(due.label())),
                m.status(),
                m.doneOn(),
                of(m.ownerId()),
                m.moves(),
                m.snoozedUntil(),
                m.createdAt(),
                java.util.Objects.equals(m.updatedAt(), m.createdAt()) ? m.createdAt() : m.updatedAt(),
                m.version(),
                m.history());
    }
}
