package nl.regiotafel.commands.transfer;

import java.util.Collection;
import java.util.Map;

/**
 * A small JSON writer for exports: objects with fields in the order written, so the output is stable and reads well.
 * Values are strings, numbers, booleans, null, collections and maps of these, or nested {@link Json} objects.
 */
public final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    public Json() {
        out.append('{');
    }

    public Json field(String name, Object value) {
        if (!first) {
            out.append(',');
        }
        first = false;
        string(out, name);
        out.append(':');
        value(out, value);
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Json json) {
            out.append(json);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                out.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append(d.longValue());
            } else {
                out.append(d);
            }
        } else if (value instanceof Map<?, ?> map) {
            Json object = new Json();
            map.forEach((k, v) -> object.field(String.valueOf(k), v));
            out.append(object);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean firstItem = true;
            for (Object item : items) {
                if (!firstItem) {
                    out.append(',');
                }
                firstItem = false;
                value(out, item);
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
