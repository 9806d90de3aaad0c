package vn.tochuc.platform.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tochuc.platform.text.VietnameseText;

/**
 * The one place problem texts live, in English and Vietnamese: {@code tochuc-problems.properties} and
 * {@code tochuc-problems_vi.properties}, one pair in platform-core for the problems every service shares and one in
 * each service (and platform module) for its own, all merged from the class path. A key is the problem type (its
 * slug) or {@code <slug>.<variant>}; field messages are keyed {@code field.<what>}; the nouns a 404 names are keyed
 * {@code noun.<noun>}. Placeholders are {@code {name}}; the values are written for the language: dates ISO in
 * English and dd/MM/yyyy in Vietnamese, enum values as they are in English and with their Vietnamese label
 * ({@code tochuc-labels_vi.properties}, keyed {@code <EnumSimpleName>.<VALUE>}) in Vietnamese.
 *
 * <p>Properties files, not {@link java.util.ResourceBundle}: a bundle is one file per name and language, and here
 * every module adds its own; and the language is the caller's Accept-Language, not the JVM's locale.
 */
public final class ProblemCatalog {

    static final String ENGLISH = "tochuc-problems.properties";
    static final String VIETNAMESE = "tochuc-problems_vi.properties";
    static final String LABELS = "tochuc-labels_vi.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private ProblemCatalog() {
    }

    /** Loaded once, from every module on the class path. */
    private static final class Loaded {
        static final Properties EN = load(ENGLISH);
        static final Properties VI = load(VIETNAMESE);
        static final Properties LABEL = load(LABELS);
    }

    /** The text of {@code key} in the language asked for, its placeholders filled; the key itself when unknown. */
    public static String text(String key, boolean vietnamese, Map<String, ?> args) {
        String template = (vietnamese ? Loaded.VI : Loaded.EN).getProperty(key);
        if (template == null && vietnamese) {
            template = Loaded.EN.getProperty(key); // better English than nothing; CatalogTest keeps this from happening
        }
        if (template == null) {
            return key;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = args.containsKey(name) ? format(args.get(name), vietnamese) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the catalog holds {@code key} in English. */
    public static boolean has(String key) {
        return Loaded.EN.containsKey(key);
    }

    /** The Vietnamese label of an enum value (REPRIMAND → khiển trách), or its name when it has none. */
    public static String label(Enum<?> value) {
        return Loaded.LABEL.getProperty(value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
    }

    /** An enum value as a Vietnamese list of choices shows it: APPOINTED (bổ nhiệm). */
    public static String withLabel(Enum<?> value) {
        String label = label(value);
        return label.equals(value.name()) ? label : value.name() + " (" + label + ")";
    }

    /** The Vietnamese label of {@code <enum simple name>.<value>}, or null. For the API documents. */
    public static String label(String enumName, String value) {
        return Loaded.LABEL.getProperty(enumName + "." + value);
    }

    /**
     * The labels of an enum given only its values (as an API document's schema gives them): those of the labelled
     * enum whose values are exactly these, or null when there is none.
     */
    public static Map<String, String> labels(List<String> values) {
        Map<String, Map<String, String>> byEnum = new java.util.HashMap<>();
        for (String key : Loaded.LABEL.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            byEnum.computeIfAbsent(key.substring(0, dot), e -> new java.util.HashMap<>())
                    .put(key.substring(dot + 1), Loaded.LABEL.getProperty(key));
        }
        Set<String> wanted = new TreeSet<>(values);
        return byEnum.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().keySet().equals(wanted)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /** How a value reads in the text of one language. */
    static String format(Object value, boolean vietnamese) {
        if (value == null) {
            return "—";
        }
        if (value instanceof ProblemText text) {
            return text.in(vietnamese);
        }
        if (value instanceof LocalDate day) {
            return vietnamese ? VietnameseText.date(day) : day.toString();
        }
        if (value instanceof Enum<?> constant) {
            return vietnamese ? label(constant) : constant.name();
        }
        if (value instanceof Collection<?> values) {
            // a list of allowed values must still show the values to send, so a label goes beside each
            return values.stream().map(v -> vietnamese && v instanceof Enum<?> constant
                    ? withLabel(constant) : format(v, vietnamese)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /**
     * What is wrong with the catalog as loaded: keys in one language only, and Vietnamese texts with placeholders
     * the English text has not (the caller would not fill them). Empty when every text can be said in both
     * languages; each module's test asserts that.
     */
    public static List<String> inconsistencies() {
        List<String> found = new ArrayList<>();
        Set<String> keys = new TreeSet<>(Loaded.EN.stringPropertyNames());
        keys.addAll(Loaded.VI.stringPropertyNames());
        for (String key : keys) {
            String en = Loaded.EN.getProperty(key);
            String vi = Loaded.VI.getProperty(key);
            if (en == null || vi == null) {
                found.add(key + ": only in " + (en == null ? VIETNAMESE : ENGLISH));
            } else if (!placeholders(en).containsAll(placeholders(vi))) {
                // Vietnamese may leave out a detail only English has (a parser's own English message), not add one
                found.add(key + ": placeholders " + placeholders(vi) + " in Vietnamese, only " + placeholders(en)
                        + " in English");
            }
        }
        return found;
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(String name) {
        Properties merged = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ProblemCatalog.class.getClassLoader();
        }
        try {
            Enumeration<URL> files = loader.getResources(name);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (InputStream in = file.openStream()) {
                    Properties one = new Properties();
                    one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    one.forEach(merged::putIfAbsent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the problem texts " + name, e);
        }
        return merged;
    }
}
