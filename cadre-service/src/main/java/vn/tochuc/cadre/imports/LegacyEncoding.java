package vn.tochuc.cadre.imports;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Recognises Vietnamese typed in the 8-bit font encodings of the 1990s-2000s (TCVN3/ABC with .Vn fonts, VNI-Windows
 * with VNI- fonts) and then read as Latin-1/Windows-1252 text, as happens when such a spreadsheet is saved as
 * Unicode or its cells are copied. The text is then valid Unicode but garbage ("NguyÔn", "Nguyeãn" for Nguyễn).
 *
 * <p>The signs come from the encodings' tables. TCVN3 puts each toned lowercase vowel on one byte 0xB5-0xFE and
 * ă â ê ô ơ ư đ Ă Â Đ Ê Ô Ơ Ư on 0xA1-0xAE (µ=à ¸=á ¶=ả ·=ã ¹=ạ, ¨=ă ©=â ª=ê «=ô ¬=ơ U+00AD=ư ®=đ, Ô=ễ, Ç=ầ,
 * ×=ì ...), so a Vietnamese word shows symbols (µ ¹ ×) or an uppercase Latin-1 letter after lowercase ones.
 * VNI writes the base letter and then its marks as a second byte (ø grave, ù acute, û hook, õ tilde, ï dot below,
 * â circumflex, ê breve, à á å ã ä circumflex+tone, è é ú ü ë breve+tone, ô = ơ, ö = ư, ñ = đ), so a vowel is
 * followed by a Latin-1 letter no Vietnamese syllable puts there ("Leâ", "Hoaøng", "Ñoã").
 *
 * <p>Clean Vietnamese never trips these: its toned letters beyond Latin-1 (ễ, ạ, ư) are outside the ranges looked
 * at, and the Latin-1 letters it does use (à á â ã è é ê ì í ò ó ô õ ù ú ý) appear only where Vietnamese spelling
 * puts them (Xuân, Hoà, Nguyên, Quý). Text is compared in NFC, so decomposed input is judged like composed input.
 */
public final class LegacyEncoding {

    public enum Kind {
        TCVN3("TCVN3 (ABC, .VnTime fonts)"),
        VNI("VNI-Windows (VNI-Times fonts)"),
        UNKNOWN_8BIT("an 8-bit Vietnamese font encoding (TCVN3 or VNI)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The reason a row or file is refused, with what to do about it. */
        public String reason() {
            return "looks " + label + "-encoded, not Unicode; convert the file to Unicode (e.g. with UniKey's "
                    + "converter, source " + name() + ", target Unicode) and import it again";
        }
    }

    /** Latin-1 letters Vietnamese spells with; every other Latin-1 character from 0xA1 up is foreign to it. */
    private static final String VIETNAMESE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    /** Symbols that only TCVN3 makes out of Vietnamese letters (the VNI byte values of letters are all letters). */
    private static final String TCVN3_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬\u00AD®µ¶·¸¹º»¼½¾¿×÷";
    /** TCVN3 vowels that are no Vietnamese letter; VNI writes ư ỉ ỵ (ö æ î) after consonants, so not those. */
    private static final String TCVN3_AFTER_CONSONANT = "äåçëïøûüþß";
    /** Second bytes of VNI: tone, vowel-shape and combined marks, lower and upper case. */
    private static final String VNI_MARKS = "øùûõïâêàáåãäèéúüëôöØÙÛÕÏÂÊÀÁÅÃÄÈÉÚÜËÔÖ";
    /** What Vietnamese does put after these vowels: oà/oá/oã (Hoà, ngoãn), oè/oé (xoè), yê (Nguyên). */
    private static final String AFTER_O = "àáãèéÀÁÃÈÉ";
    /** After u only VNI's acute and tilde are impossible: qua, què, quét, quý, Xuân, Huế all put marks there. */
    private static final String VNI_AFTER_U = "ùõÙÕ";
    private static final String AFTER_Y = "êÊ";

    private LegacyEncoding() {
    }

    /** @return the legacy encoding the text looks like, or empty for Unicode Vietnamese (or plain ASCII) */
    public static Optional<Kind> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int tcvn = 0;
        int vni = 0;
        int foreign = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            if (TCVN3_SYMBOLS.indexOf(c) >= 0) {
                tcvn++;
            } else if (c >= 'À' && c <= 'Þ' && c != '×' && Character.isLetter(before)
                    && (Character.isLowerCase(before) || i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)))) {
                tcvn++; // "NguyÔn", "VÜnh": TCVN3's lowercase toned vowels sit on Latin-1 capitals, inside words
            } else if (VNI_MARKS.indexOf(c) >= 0 && vniPair(before, c)) {
                vni++;
            } else if (TCVN3_AFTER_CONSONANT.indexOf(c) >= 0 && Character.isLetter(before)
                    && "aeiouyAEIOUY".indexOf(before) < 0) {
                tcvn++; // "Bïi" (Bùi): a TCVN3 toned vowel after a consonant, where VNI puts no mark byte
            } else if ((c == 'ñ' || c == 'Ñ') && !Character.isLetter(before) && i + 1 < s.length()
                    && "aeiouyAEIOUY".indexOf(s.charAt(i + 1)) >= 0) {
                vni++; // VNI's đ/Đ opens a word: "Ñoã" (Đỗ), "ñoàng"; in TCVN3 ñ is ủ, after a consonant
            } else if (c >= '\u00A1' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                foreign++;
            }
        }
        if (tcvn > vni) {
            return Optional.of(Kind.TCVN3);
        }
        if (vni > 0) {
            return Optional.of(Kind.VNI);
        }
        return foreign > 0 ? Optional.of(Kind.UNKNOWN_8BIT) : Optional.empty();
    }

    /** A VNI mark byte right after a vowel where Vietnamese spelling never puts that letter. */
    private static boolean vniPair(char base, char mark) {
        char vowel = Character.toLowerCase(base);
        if ("aeiouy".indexOf(vowel) < 0) {
            return false;
        }
        if (VIETNAMESE_LATIN1.indexOf(mark) < 0) {
            return true; // ø û ï å ä ü ë ö: no Vietnamese letter at all
        }
        switch (vowel) {
            case 'a', 'e':
                return true; // Vietnamese a and e are never followed by a marked vowel (ai ao au ay, eo)
            case 'i':
                return false; // gi + any toned vowel is Vietnamese: già, giá, giò, giúp
            case 'o':
                return AFTER_O.indexOf(mark) < 0;
            case 'u':
                return VNI_AFTER_U.indexOf(mark) >= 0;
            case 'y':
                return AFTER_Y.indexOf(mark) < 0;
            default:
                return false;
        }
    }
}
