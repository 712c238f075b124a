package nl.regiotafel.commands.i18n;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-visible string, from the {@code i18n/messages} bundles: Dutch is the base bundle, English the
 * translation. Languages we do not speak fall back to the network's language, never to the JVM's.
 */
public final class Messages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The languages with a complete bundle, the default first. */
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** One instance per locale asked for (a handful: Discord's locales of the languages we speak). */
    private static final Map<Locale, Messages> BY_LOCALE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    /**
     * Each message's pattern parsed once (parsing was most of a message's cost: a summary formats thousands). A
     * {@link MessageFormat} is not thread-safe, so each is used under its own lock; they are held briefly.
     */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private final Map<String, DateTimeFormatter> dates = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The messages in {@code locale}, or in Dutch when we do not speak it. */
    public static Messages of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(supported(locale) ? locale : DUTCH, Messages::new);
    }

    /** The user's language when we speak it, else the network's. */
    public static Locale choose(Locale userLocale, Locale networkLocale) {
        if (userLocale != null && supported(userLocale)) {
            return Locale.forLanguageTag(userLocale.getLanguage());
        }
        return supported(networkLocale) ? Locale.forLanguageTag(networkLocale.getLanguage()) : DUTCH;
    }

    private static boolean supported(Locale candidate) {
        return candidate != null
                && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(candidate.getLanguage()));
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, formatted with {@link MessageFormat} in this locale. */
    public String get(String key, Object... args) {
        // Always through MessageFormat, so every message quotes apostrophes the same way ('')
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** A day as written in running text: {@code 10 oktober 2021}, {@code 10 October 2021}. */
    public String date(java.time.LocalDate day) {
        return dateFormat("date.long").format(day);
    }

    /** A day in the short numeric form, for tight places such as a form title: {@code 10-10-2021}. */
    public String shortDate(java.time.LocalDate day) {
        return dateFormat("date.format").format(day);
    }

    /** The formatter of the pattern under {@code key} (as {@code date.format}) in this locale, made once. */
    private DateTimeFormatter dateFormat(String key) {
        return dates.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(bundle.getString(k), locale));
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
