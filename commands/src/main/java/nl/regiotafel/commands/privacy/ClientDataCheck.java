package nl.regiotafel.commands.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like client or patient data in free text before it is stored: a citizen service number (BSN: nine
 * digits passing the elfproef), an e-mail address or a Dutch phone number. It is a safety net, not a guarantee: names
 * and diagnoses pass unnoticed, and a nine-digit number that happens to pass the elfproef is flagged although it is
 * not a BSN (one in eleven does) — the user then confirms.
 */
public final class ClientDataCheck {

    /** What kind of data a finding looks like; its message key names it. */
    public enum Kind {
        BSN,
        EMAIL,
        PHONE;

        public String labelKey() {
            return "privacy.found." + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One piece of text that looks like client data.
     *
     * @param kind what it looks like
     * @param masked the text with most of it hidden, safe to show back
     */
    public record Finding(Kind kind, String masked) {}

    // Nine digits, alone or written 1234.56.782 / 1234 56 782; never part of a longer number or a word
    private static final Pattern BSN =
            Pattern.compile("(?<![\\w.,-])(\\d{4})([ .]?)(\\d{2})\\2(\\d{3})(?![\\w]|[.,]\\d)");

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    // +31 / 0031 / 0 with an optional (0) or parentheses, then digit groups; checked further in isPhone
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:(?:\\+|00)31[ -]?(?:\\(0\\)[ -]?)?|\\(0|0)\\d[\\d ()-]{5,14}\\d(?![\\w]|[.,]\\d)");

    private ClientDataCheck() {}

    /** Everything in {@code text} that looks like client data, in the order it appears; empty for null. */
    public static List<Finding> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Located> found = new ArrayList<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            found.add(new Located(email.start(), email.end(), new Finding(Kind.EMAIL, maskEmail(email.group()))));
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String candidate = phone.group().strip();
            // The pattern is greedy: "06-12345678 2021" is a number followed by a year, so drop trailing groups
            while (!isPhone(candidate) && candidate.matches(".*\\d[ -]+\\d+")) {
                candidate = candidate.replaceFirst("[ -]+\\d+$", "");
            }
            int end = phone.start() + candidate.length();
            if (isPhone(candidate) && !overlaps(found, phone.start(), end)) {
                found.add(new Located(phone.start(), end, new Finding(Kind.PHONE, maskDigits(candidate, 2))));
            }
        }
        Matcher bsn = BSN.matcher(text);
        while (bsn.find()) {
            String digits = bsn.group(1) + bsn.group(3) + bsn.group(4);
            if (passesElfproef(digits) && !overlaps(found, bsn.start(), bsn.end())) {
                found.add(new Located(bsn.start(), bsn.end(), new Finding(Kind.BSN, maskDigits(bsn.group(), 3))));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Located::start))
                .map(Located::finding)
                .toList();
    }

    /**
     * The elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. Nine zeros pass the sum but are no
     * number anyone has, so they do not count.
     */
    public static boolean passesElfproef(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit) || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /**
     * Whether a candidate is a Dutch phone number: after the country code or trunk 0 come nine digits not starting with
     * 0; the area code or 6 stands alone or with the rest; the groups after it are joined by one kind of separator (a
     * date such as 06-10-2021 12 mixes them, and 06-10-2021 has too few digits).
     */
    static boolean isPhone(String candidate) {
        String rest = candidate;
        if (rest.startsWith("+31")) {
            rest = rest.substring(3);
        } else if (rest.startsWith("0031")) {
            rest = rest.substring(4);
        } else {
            rest = rest.replaceFirst("^\\(?0", "");
        }
        rest = rest.replaceFirst("^[ -]?\\(0\\)[ -]?", "").replaceFirst("^[ -]", "");
        String national = rest.replaceAll("[^0-9]", "");
        if (national.length() != 9 || national.charAt(0) == '0') {
            return false;
        }
        // (0)10 or (010): the area code may be closed by a parenthesis; no other parentheses
        String groups = rest.replaceFirst("^(\\d{1,3})\\)", "$1 ");
        if (groups.contains("(") || groups.contains(")")) {
            return false;
        }
        boolean spaces = groups.contains(" ");
        boolean hyphens = groups.contains("-");
        if (spaces && hyphens) {
            // 010-123 45 67 is a common writing: one hyphen after the area code, then spaces
            return groups.matches("\\d{1,3}-\\d+(?: \\d+)+");
        }
        return true;
    }

    private static boolean overlaps(List<Located> found, int start, int end) {
        return found.stream().anyMatch(l -> start < l.end() && l.start() < end);
    }

    /** Hides every digit but the last {@code visible}, keeping the separators so the user recognises the place. */
    private static String maskDigits(String text, int visible) {
        int digits = (int) text.chars().filter(Character::isDigit).count();
        StringBuilder masked = new StringBuilder();
        int seen = 0;
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen > digits - visible ? c : '•');
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /** {@code j•••@•••.nl}: the first letter and the top-level domain, enough to find it again in one's own text. */
    private static String maskEmail(String email) {
        int at = email.indexOf('@');
        int dot = email.lastIndexOf('.');
        return email.charAt(0) + "•••@•••" + email.substring(dot);
    }

    private record Located(int start, int end, Finding finding) {}
}
