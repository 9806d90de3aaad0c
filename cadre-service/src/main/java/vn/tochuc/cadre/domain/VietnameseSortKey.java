package vn.tochuc.cadre.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that sorts people the Vietnamese way: by given name (tên), then middle name (tên đệm), then surname
 * (họ); letters in the Vietnamese alphabet order (a < ă < â < b < c < d < đ < e < ê < ... < o < ô < ơ < ... <
 * u < ư < ...); tones only break ties, in dictionary order (ngang < huyền < hỏi < ngã < sắc < nặng, as in
 * Hoàng Phê's dictionary and the CLDR Vietnamese collation). The database compares keys byte by byte (collation
 * "C"), so it needs no Vietnamese collation of its own, and paging on the key is stable.
 *
 * <p>A tone belongs to the syllable, not to the vowel that carries it, so the old and new tone placements
 * (Hoà / Hòa, Thuỷ / Thủy) give the same key.
 */
public final class VietnameseSortKey {

    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    /** Ends the letters and starts the tones: lower than anything, so a shorter name sorts first. */
    private static final char TONES_FOLLOW = ' ';
    /** Between given, middle and surname: lower than a letter, so "Văn" sorts before "Văn Minh". */
    private static final char PART = '!';
    /** Between the words of one part. */
    private static final char WORD = '"';

    private VietnameseSortKey() {
    }

    public static String of(String givenName, String middleName, String surname) {
        String[] parts = {givenName, middleName, surname};
        StringBuilder letters = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                letters.append(PART);
                tones.append(PART);
            }
            appendPart(parts[i] == null ? "" : parts[i], letters, tones);
        }
        return letters.append(TONES_FOLLOW).append(tones).toString();
    }

    private static void appendPart(String part, StringBuilder letters, StringBuilder tones) {
        String[] words = part.strip().toLowerCase(Locale.ROOT).split("\\s+");
        boolean first = true;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!first) {
                letters.append(WORD);
                tones.append(WORD);
            }
            first = false;
            tones.append(appendWord(Normalizer.normalize(word, Normalizer.Form.NFD), letters));
        }
    }

    /** Appends the word's letters and returns its tone digit. */
    private static char appendWord(String decomposed, StringBuilder letters) {
        char tone = '0';
        int lastLetter = -1;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0306', '\u0302', '\u031B' -> { // breve, circumflex, horn: part of the letter
                    if (lastLetter >= 0) {
                        letters.setCharAt(lastLetter, modify(letters.charAt(lastLetter), c));
                    }
                }
                case '\u0300' -> tone = '1'; // huyền
                case '\u0309' -> tone = '2'; // hỏi
                case '\u0303' -> tone = '3'; // ngã
                case '\u0301' -> tone = '4'; // sắc
                case '\u0323' -> tone = '5'; // nặng
                default -> {
                    int index = ALPHABET.indexOf(c);
                    if (index >= 0) {
                        letters.append(code(index));
                        lastLetter = letters.length() - 1;
                    } else if (Character.isLetterOrDigit(c)) {
                        letters.append(c); // digits sort before letters; other scripts after
                        lastLetter = -1;
                    }
                    // hyphens, apostrophes (H'Mông) and other marks do not take part in the order
                }
            }
        }
        return tone;
    }

    private static char modify(char coded, char mark) {
        char base = ALPHABET.charAt(coded - 'A');
        String modified = switch (mark) {
            case '\u0306' -> base == 'a' ? "ă" : null;
            case '\u0302' -> base == 'a' ? "â" : base == 'e' ? "ê" : base == 'o' ? "ô" : null;
            default -> base == 'o' ? "ơ" : base == 'u' ? "ư" : null;
        };
        return modified == null ? coded : code(ALPHABET.indexOf(modified.charAt(0)));
    }

    private static char code(int index) {
        return (char) ('A' + index);
    }
}
