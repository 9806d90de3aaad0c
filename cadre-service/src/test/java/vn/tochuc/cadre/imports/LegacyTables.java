package vn.tochuc.cadre.imports;

import java.text.Normalizer;

/**
 * Encoders of Unicode Vietnamese into TCVN3 and VNI-Windows, written from the encodings' tables, shown as the
 * Latin-1 characters of their bytes: what a legacy file looks like once read as Unicode.
 */
final class LegacyTables {

    private static final String UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
    private static final String TCVN3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦";

    private LegacyTables() {
    }

    static String tcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            int at = UNICODE.indexOf(c);
            out.append(at < 0 ? c : TCVN3.charAt(at));
        }
        return out.toString();
    }

    /** VNI writes the base letter, then one byte for its shape and tone together (or a tone alone). */
    static String vni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            boolean upper = Character.isUpperCase(base);
            char lower = Character.toLowerCase(base);
            int tone = "\u0300\u0301\u0309\u0303\u0323".indexOf(d.length() > 1 ? d.charAt(d.length() - 1) : ' ');
            boolean circumflex = d.indexOf('\u0302') >= 0;
            boolean breve = d.indexOf('\u0306') >= 0;
            boolean horn = d.indexOf('\u031B') >= 0;
            String tail;
            if (c == 'đ' || c == 'Đ') {
                out.append(c == 'đ' ? 'ñ' : 'Ñ');
                continue;
            } else if (lower == 'i' && tone >= 0) {
                out.append(pick("ìíæóò", tone, upper));
                continue;
            } else if (lower == 'y' && tone == 4) {
                out.append(upper ? 'Î' : 'î');
                continue;
            } else if (horn) {
                out.append(lower == 'o' ? (upper ? 'Ô' : 'ô') : (upper ? 'Ö' : 'ö'));
                tail = tone < 0 ? "" : pick("øùûõï", tone, upper);
            } else if (circumflex) {
                out.append(base);
                tail = tone < 0 ? pick("â", 0, upper) : pick("àáåãä", tone, upper);
            } else if (breve) {
                out.append(base);
                tail = tone < 0 ? pick("ê", 0, upper) : pick("èéúüë", tone, upper);
            } else {
                out.append(base);
                tail = tone < 0 ? "" : pick("øùûõï", tone, upper);
            }
            out.append(tail);
        }
        return out.toString();
    }

    private static String pick(String marks, int index, boolean upper) {
        String mark = String.valueOf(marks.charAt(index));
        return upper ? mark.toUpperCase(java.util.Locale.ROOT) : mark;
    }
}
