package vn.tochuc.platform.text;

/**
 * Text PostgreSQL can store: it refuses U+0000 in text and jsonb (a 500 deep in a write), and a UTF-16 surrogate
 * without its pair is no character at all (the driver would store '?' in its place). Checked where text enters.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code text} cannot be stored, as a field error says it; null when it can (or is null). */
    public static String whyNot(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains the character U+0000 (NUL) at position " + (i + 1) + ", which cannot be stored; "
                        + "remove it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains U+" + String.format("%04X", (int) c) + " at position " + (i + 1) + ", half of a "
                        + "surrogate pair without its other half, which is not text; send the characters whole";
            }
        }
        return null;
    }
}
