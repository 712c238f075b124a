package nl.regiotafel.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One REST call the bot made to the fake Discord.
 *
 * @param method HTTP method
 * @param path the path below {@code /api/v10/}, e.g. {@code interactions/123/abc/callback}
 * @param query the raw query string, or empty
 * @param headers request headers, names in lower case
 * @param json the JSON body; for a multipart body its {@code payload_json} part; null without a body
 * @param files names of the files of a multipart body
 * @param status the status the fake answered with
 * @param received when the fake received it
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        Map<String, String> headers,
        JsonNode json,
        List<String> files,
        int status,
        Instant received) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
        files = List.copyOf(files);
    }

    /** The path split at {@code /}. */
    public String[] segments() {
        return path.split("/");
    }

    /** Whether this is an interaction callback, {@code POST interactions/{id}/{token}/callback}. */
    public boolean isCallback() {
        String[] s = segments();
        return method.equals("POST") && s.length == 4 && s[0].equals("interactions") && s[3].equals("callback");
    }

    /** The interaction response type of a callback (4 reply, 5 deferred, 7 update, 8 choices, 9 modal). */
    public int callbackType() {
        return json == null ? -1 : json.path("type").asInt(-1);
    }

    /** The {@code data} of a callback, or the whole body of any other message request. */
    public JsonNode message() {
        return isCallback() ? json.path("data") : json;
    }

    /** Whether the message is private to its reader (flag 64, EPHEMERAL). */
    public boolean isEphemeral() {
        return (message().path("flags").asInt(0) & 64) != 0;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " → " + status
                + (json == null ? "" : " " + Json.write(json));
    }
}
