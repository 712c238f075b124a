package nl.regiotafel.commands.transfer;

import java.util.Map;
import java.util.Optional;

/** Finds the known name a typo meant: {@code Zeeuwland} for {@code Zeeland}. */
final class Vocabulary {

    private Vocabulary() {}

    /**
     * The known name whose key is within a typo of {@code key} (keys as {@link Column#key(String)} makes them): one
     * edit (a letter added, dropped, changed, or two swapped) for names of 3 to 5 letters, two from 6 letters on.
     *
     * @param known canonical names by key
     */
    static Optional<String> closest(String key, Map<String, String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> candidate : known.entrySet()) {
            int shorter = Math.min(key.length(), candidate.getKey().length());
            int allowed = shorter >= 6 ? 2 : shorter >= 3 ? 1 : 0;
            if (allowed == 0 || Math.abs(key.length() - candidate.getKey().length()) > allowed) {
                continue;
            }
            int distance = distance(key, candidate.getKey());
            if (distance <= allowed && distance < bestDistance) {
                best = candidate.getValue();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits from {@code a} to {@code b}: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
