package vn.tochuc.platform.text;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text rules: store composed (NFC); search on a key that ignores case and diacritics. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** How Vietnamese documents write a day: 24/11/2027. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseText() {
    }

    /** The same name typed on two devices may arrive composed or decomposed; NFC makes them equal. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * "Nguyễn Trung Hải", "nguyen trung hai" and "NGUYEN  TRUNG HAI" share one key. đ has no combining mark to
     * drop, so it is mapped to d explicitly; old and new tone placement (Hoà / Hòa) fold to the same letters.
     */
    public static String searchKey(String text) {
        if (text == null) {
            return null;
        }
        String withoutStroke = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutStroke, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A day as Vietnamese text writes it (dd/MM/yyyy); null stays null. The API's JSON keeps ISO dates. */
    public static String date(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }
}
