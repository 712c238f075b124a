package nl.regiotafel.commands.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.regiotafel.commands.dashboard.DashboardLinks.Grant;
import nl.regiotafel.commands.dashboard.DashboardLinks.Purpose;
import org.junit.jupiter.api.Test;

final class DashboardLinksTest {

    private static final Instant NOW = Instant.parse("2021-09-20T08:00:00Z");

    /** Our own fake of the port: keys in a map, rotation makes a new one. */
    private static final class Keys implements DashboardKeyStore {
        final Map<String, byte[]> keys = new HashMap<>();
        int made;

        @Override
        public byte[] keyFor(String networkId) {
            return keys.computeIfAbsent(networkId, n -> fresh());
        }

        @Override
        public Optional<byte[]> find(String networkId) {
            return Optional.ofNullable(keys.get(networkId));
        }

        @Override
        public void rotate(String networkId) {
            keys.put(networkId, fresh());
        }

        private byte[] fresh() {
            byte[] key = new byte[32];
            key[0] = (byte) ++made;
            return key;
        }
    }

    private final Keys keys = new Keys();
    private final DashboardLinks links = new DashboardLinks(keys, () -> "https://rt.example.nl/");

    @Test
    void aSignedLinkVerifiesToItsGrantUntilItExpires() {
        // GIVEN a link for the Zeeland region of network A, valid for a day
        Grant grant = new Grant("A", "Zeeland", null, NOW.plus(Duration.ofDays(1)));
        String token = links.sign(grant, Purpose.LINK);

        // THEN it verifies to the same grant before the expiry, and not at or after it
        assertThat(links.verify(token, Purpose.LINK, NOW)).contains(grant);
        assertThat(links.verify(token, Purpose.LINK, grant.expires())).isEmpty();
        assertThat(links.url(token)).isEqualTo("https://rt.example.nl/link/" + token);
    }

    @Test
    void refusesATamperedToken() {
        String token = links.sign(new Grant("A", null, null, NOW.plusSeconds(3600)), Purpose.LINK);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        // a widened scope (another region) with the old signature
        String widened = b64(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                        .replace("\n\n\n", "\nZeeland\n\n"))
                + "." + signature;
        char last = signature.charAt(signature.length() - 2);
        String flipped = payload + "." + signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A')
                + signature.charAt(signature.length() - 1);

        assertThat(links.verify(widened, Purpose.LINK, NOW)).isEmpty();
        assertThat(links.verify(flipped, Purpose.LINK, NOW)).isEmpty();
        assertThat(links.verify("garbage", Purpose.LINK, NOW)).isEmpty();
        assertThat(links.verify("a.b.c", Purpose.LINK, NOW)).isEmpty();
        assertThat(links.verify("x".repeat(5000), Purpose.LINK, NOW)).isEmpty();
    }

    @Test
    void aRotatedKeyKillsEveryEarlierToken() {
        String token = links.sign(new Grant("A", null, null, NOW.plusSeconds(3600)), Purpose.SESSION);
        keys.rotate("A");
        assertThat(links.verify(token, Purpose.SESSION, NOW)).isEmpty();
    }

    @Test
    void aTokenNamingAnotherNetworkIsRefusedEvenWithAValidSignatureOfItsOwn() {
        // GIVEN network A's valid token, and network B exists with its own key
        String tokenA = links.sign(new Grant("A", null, null, NOW.plusSeconds(3600)), Purpose.LINK);
        links.sign(new Grant("B", null, null, NOW.plusSeconds(3600)), Purpose.LINK);
        // WHEN the payload is edited to name B, keeping A's signature
        String payloadB = b64("v1\nLINK\nB\n\n\n" + NOW.plusSeconds(3600).getEpochSecond());
        String foreign = payloadB + tokenA.substring(tokenA.indexOf('.'));
        // THEN it is refused: B's key did not sign it
        assertThat(links.verify(foreign, Purpose.LINK, NOW)).isEmpty();
    }

    @Test
    void aLinkIsNoSessionAndASessionNoLink() {
        Grant grant = new Grant("A", null, null, NOW.plusSeconds(3600));
        assertThat(links.verify(links.sign(grant, Purpose.LINK), Purpose.SESSION, NOW))
                .isEmpty();
        assertThat(links.verify(links.sign(grant, Purpose.SESSION), Purpose.LINK, NOW))
                .isEmpty();
    }

    @Test
    void aTokenOfANetworkWithoutAKeyIsRefusedWithoutMakingOne() {
        String payload = b64("v1\nLINK\nstranger\n\n\n" + NOW.plusSeconds(3600).getEpochSecond());
        assertThat(links.verify(payload + ".AAAA", Purpose.LINK, NOW)).isEmpty();
        assertThat(keys.keys).doesNotContainKey("stranger");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
