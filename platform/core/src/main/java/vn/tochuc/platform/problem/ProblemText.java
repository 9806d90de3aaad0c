package vn.tochuc.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem text to be said in the caller's language: a key of the {@link ProblemCatalog} and the values of its
 * placeholders. Give names rather than ids where the caller may see the name ("Nguyễn Văn A"), and dates as
 * {@link java.time.LocalDate} and enum values as themselves, so each language writes them its own way.
 */
public final class ProblemText {

    private final String key;
    private final Map<String, Object> args = new LinkedHashMap<>();

    private ProblemText(String key) {
        this.key = key;
    }

    public static ProblemText of(String key) {
        return new ProblemText(key);
    }

    /** Fills placeholder {@code {name}}; null reads as a dash. */
    public ProblemText with(String name, Object value) {
        args.put(name, value);
        return this;
    }

    public String key() {
        return key;
    }

    public String english() {
        return in(false);
    }

    public String vietnamese() {
        return in(true);
    }

    public String in(boolean vietnamese) {
        return ProblemCatalog.text(key, vietnamese, args);
    }

    @Override
    public String toString() {
        return english();
    }
}
