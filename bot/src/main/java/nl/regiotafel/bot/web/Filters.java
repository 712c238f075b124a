package nl.regiotafel.bot.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.regiotafel.commands.api.UserError;

/**
 * What a page shows, all of it in the address so a filtered view can be shared: the round, the filters, the language
 * and TV mode. Values are as typed; {@link MeetingViews} resolves them against the network.
 */
public record Filters(
        String period,
        String region,
        String theme,
        String pillar,
        String status,
        String health,
        String leader,
        String lang,
        boolean tv) {

    /** No value in the address is longer than this. */
    static final int MAX_LENGTH = 100;

    public static final String[] NAMES = {"period", "region", "theme", "pillar", "status", "health", "leader", "lang"};

    public Filters {
        period = clean("period", period);
        region = clean("region", region);
        theme = clean("theme", theme);
        pillar = clean("pillar", pillar);
        status = clean("status", status);
        health = clean("health", health);
        leader = clean("leader", leader);
        lang = clean("lang", lang);
    }

    private static String clean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new UserError("error.option.tooLong", name, MAX_LENGTH, value.length());
        }
        return value.strip();
    }

    /** No filter: the open round of everything the grant may see. */
    public static Filters none() {
        return new Filters(null, null, null, null, null, null, null, null, false);
    }

    /** The values by name, unset ones left out. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", period);
        values.put("region", region);
        values.put("theme", theme);
        values.put("pillar", pillar);
        values.put("status", status);
        values.put("health", health);
        values.put("leader", leader);
        values.put("lang", lang);
        values.put("tv", tv ? "1" : null);
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    /** {@code path?…} with these values, {@code changes} (name, value; null removes) applied. */
    public String url(String path, String... changes) {
        Map<String, String> values = values();
        for (int i = 0; i + 1 < changes.length; i += 2) {
            if (changes[i + 1] == null || changes[i + 1].isEmpty()) {
                values.remove(changes[i]);
            } else {
                values.put(changes[i], changes[i + 1]);
            }
        }
        StringBuilder url = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : values.entrySet()) {
            url.append(sep)
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }
}
