package vn.tochuc.platform.openapi;

import java.util.OptionalInt;

/**
 * The longest text a regular expression matches as a whole (how Bean Validation's @Pattern applies it), when that is
 * bounded: literals, escapes, classes, groups, alternatives, and the quantifiers ?, {n} and {n,m}. A * or + (or a
 * construct this does not read) is unbounded: empty. So {@code @Pattern("[0-9]{4}-(0[1-9]|1[0-2])")} documents
 * maxLength 7, the limit the annotation already enforces.
 */
final class PatternLength {

    private final String regex;
    private int at;

    private PatternLength(String regex) {
        this.regex = regex;
    }

    static OptionalInt max(String regex) {
        if (regex == null || regex.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            PatternLength parser = new PatternLength(regex);
            int length = parser.alternatives();
            return parser.at == regex.length() ? OptionalInt.of(length) : OptionalInt.empty();
        } catch (Unbounded e) {
            return OptionalInt.empty();
        }
    }

    private static final class Unbounded extends RuntimeException {
        Unbounded() {
            super(null, null, false, false);
        }
    }

    private int alternatives() {
        int longest = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private int sequence() {
        int total = 0;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            int atom = atom();
            total += atom * quantifier();
        }
        return total;
    }

    private int atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '^', '$' -> {
                return 0;
            }
            case '\\' -> {
                if (at >= regex.length()) {
                    throw new Unbounded();
                }
                char escaped = regex.charAt(at++);
                if (Character.isDigit(escaped) || escaped == 'k' || escaped == 'p' || escaped == 'P'
                        || escaped == 'u' || escaped == 'x' || escaped == 'Q') {
                    throw new Unbounded();
                }
                return escaped == 'b' || escaped == 'B' || escaped == 'A' || escaped == 'z' || escaped == 'Z' ? 0 : 1;
            }
            case '[' -> {
                klass();
                return 1;
            }
            case '(' -> {
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (at < regex.length() && regex.charAt(at) == '?') {
                    throw new Unbounded();
                }
                int inner = alternatives();
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    throw new Unbounded();
                }
                at++;
                return inner;
            }
            case '*', '+', '?', '{', ')' -> throw new Unbounded();
            default -> {
                return 1;
            }
        }
    }

    private void klass() {
        if (at < regex.length() && regex.charAt(at) == '^') {
            at++;
        }
        boolean first = true;
        while (at < regex.length()) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                throw new Unbounded();
            } else if (c == ']' && !first) {
                return;
            }
            first = false;
        }
        throw new Unbounded();
    }

    private int quantifier() {
        if (at >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(at);
        if (c == '*' || c == '+') {
            throw new Unbounded();
        }
        if (c == '?') {
            at++;
            return 1;
        }
        if (c != '{') {
            return 1;
        }
        int close = regex.indexOf('}', at);
        if (close < 0) {
            throw new Unbounded();
        }
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        at = close + 1;
        try {
            if (bounds.length == 1) {
                return Integer.parseInt(bounds[0].trim());
            }
            if (bounds.length == 2 && !bounds[1].isBlank()) {
                return Integer.parseInt(bounds[1].trim());
            }
        } catch (NumberFormatException e) {
            // not a quantifier this reads
        }
        throw new Unbounded();
    }
}
