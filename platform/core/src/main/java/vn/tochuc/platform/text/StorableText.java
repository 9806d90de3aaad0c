package vn.tochuc.platform.text;

import vn.tochuc.platform.problem.ProblemText;

/**
 * Text PostgreSQL can store: it refuses U+0000 in text and jsonb (a 500 deep in a write), and a UTF-16 surrogate
 * without its pair is no character at all (the driver would store '?' in its place). Checked where text enters.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be stored, as a field error says it; null when it can (or is null). */
    public static String whyNot(String text) {
        ProblemText why = whyNotText(text);
        return why == null ? null : why.english();
    }

    /** {@link #whyNot} to be said in the caller's language. */
    public static ProblemText whyNotText(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return ProblemText.of("field.nul").with("position", i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return ProblemText.of("field.half-surrogate").with("code", String.format("%04X", (int) c))
                        .with("position", i + 1);
            }
        }
        return null;
    }
}
