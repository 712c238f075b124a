package nl.regiotafel.commands.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens of the meeting view: a link token (handed out by {@code /dashboard link}) and the session
 * token it is exchanged for (kept in a cookie). Both are {@code payload.signature}, base64url, signed with
 * HMAC-SHA256 under the network's own key; the payload names the purpose, the network, an optional region scope and
 * the expiry. Stateless, so every instance of the bot can serve the pages; revocable by rotating the key.
 *
 * <p>A token is never logged and never explained: {@link #verify} says only whether it is valid.
 */
public final class DashboardLinks {

    /** Tokens longer than this are not even parsed. */
    static final int MAX_TOKEN_LENGTH = 2048;

    private static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final DashboardKeyStore keys;
    private final java.util.function.Supplier<String> baseUrl;

    /**
     * @param keys the networks' keys
     * @param baseUrl the public address of the pages, e.g. {@code https://regiotafel.example.nl}; asked each time, as
     *     a server on a random port knows its address only once it listens
     */
    public DashboardLinks(DashboardKeyStore keys, java.util.function.Supplier<String> baseUrl) {
        this.keys = keys;
        this.baseUrl = baseUrl;
    }

    /** What a token grants: one network, optionally one region (and subregion) of it, until a moment. */
    public record Grant(String networkId, String region, String subRegion, Instant expires) {

        public Grant {
            if (networkId == null || networkId.isBlank() || expires == null) {
                throw new IllegalArgumentException("A grant names a network and an expiry");
            }
            region = blankToNull(region);
            subRegion = blankToNull(subRegion);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    /** What a token is for: a link is only exchanged, a session only opens pages. */
    public enum Purpose {
        LINK,
        SESSION
    }

    public String baseUrl() {
        String url = baseUrl.get();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The address a link token opens. */
    public String url(String linkToken) {
        return baseUrl() + "/link/" + linkToken;
    }

    /** A token for {@code grant}, signed with the network's current key (made if it has none). */
    public String sign(Grant grant, Purpose purpose) {
        String payload = String.join(
                "\n",
                VERSION,
                purpose.name(),
                grant.networkId(),
                grant.region() == null ? "" : grant.region(),
                grant.subRegion() == null ? "" : grant.subRegion(),
                Long.toString(grant.expires().getEpochSecond()));
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(body) + "." + B64.encodeToString(mac(keys.keyFor(grant.networkId()), body));
    }

    /**
     * The grant of a valid token of this purpose; empty when it is malformed, signed with another key (tampered,
     * revoked, foreign), of the other purpose, or expired at {@code now}.
     */
    public Optional<Grant> verify(String token, Purpose purpose, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] body;
        byte[] signature;
        try {
            body = B64D.decode(token.substring(0, dot));
            signature = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String[] parts = new String(body, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 6 || !parts[0].equals(VERSION) || !parts[1].equals(purpose.name()) || parts[2].isBlank()) {
            return Optional.empty();
        }
        Optional<byte[]> key = keys.find(parts[2]);
        if (key.isEmpty() || !MessageDigest.isEqual(mac(key.get(), body), signature)) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[5]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!now.isBefore(Instant.ofEpochSecond(expires))) {
            return Optional.empty();
        }
        return Optional.of(new Grant(parts[2], parts[3], parts[4], Instant.ofEpochSecond(expires)));
    }

    private static byte[] mac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("Every Java runtime has HmacSHA256", e);
        }
    }
}
