package vn.tochuc.cadre.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The citizen identity number (số định danh cá nhân / CCCD, Nghị định 137/2015/NĐ-CP Điều 13, Thông tư 07/2016/TT-BCA
 * Điều 7 and 59/2021/TT-BCA): 3 digits for the province where the birth was registered, or for the country when it
 * was registered abroad, 1 digit for century and sex, 2 digits for the year of birth, 6 more. The first six digits
 * must agree with the declared sex and year of birth. Which codes are provinces and which countries is the rule
 * cadre.national-id ({@link Codes}); without it, only the 63 province codes.
 */
public final class NationalId {

    /**
     * Province codes of birth registration: the 63 provinces before the 2025 merger. Numbers already issued keep
     * them, and the 34 provinces since 1 July 2025 kept codes from this set, so no other code can be valid.
     */
    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    /** A range of three-digit codes, both ends included, e.g. 100-999. */
    public record Range(String from, String to) {

        boolean contains(String code) {
            return from != null && to != null && code.compareTo(from) >= 0 && code.compareTo(to) <= 0;
        }
    }

    /**
     * The codes of the first three digits, as a version of cadre.national-id gives them: provinces of birth
     * registration, and the ranges of country codes of births registered abroad. {@code citation} names the version
     * in answers (null for the built-in list).
     */
    public record Codes(Set<String> provinces, List<Range> abroad, String citation) {

        /** The 63 province codes, no country codes: the suite's reading before rule sets. */
        public static final Codes BUILT_IN = new Codes(PROVINCES, List.of(), null);

        boolean abroad(String code) {
            return abroad != null && abroad.stream().anyMatch(range -> range.contains(code));
        }

        private String ranges() {
            return abroad == null || abroad.isEmpty() ? "none"
                    : String.join(", ", abroad.stream().map(r -> r.from() + "-" + r.to()).toList());
        }
    }

    private NationalId() {
    }

    /** @return what is wrong with the number by the built-in province codes (see {@link Codes#BUILT_IN}) */
    public static Optional<String> problem(String number, Sex sex, int birthYear) {
        return problem(number, sex, birthYear, Codes.BUILT_IN);
    }

    /** @return what is wrong with the number, or empty when it is consistent with the declared sex and year */
    public static Optional<String> problem(String number, Sex sex, int birthYear, Codes codes) {
        if (!TWELVE_DIGITS.matcher(number).matches()) {
            return Optional.of("must be exactly 12 digits (số CCCD / định danh cá nhân); got " + number.length()
                    + " character(s)");
        }
        String province = number.substring(0, 3);
        if (!codes.provinces().contains(province) && !codes.abroad(province)) {
            return Optional.of("starts with " + province + ", which is not a province code of birth registration "
                    + "(001-096, e.g. 026 Vĩnh Phúc, 025 Phú Thọ) nor a country code of a birth registered abroad ("
                    + codes.ranges() + ")" + (codes.citation() == null ? "" : " under " + codes.citation())
                    + "; check the first three digits");
        }
        int centuryAndSex = number.charAt(3) - '0';
        int century = 19 + centuryAndSex / 2; // 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, ...
        Sex encodedSex = centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int encodedYear = century * 100 + Integer.parseInt(number.substring(4, 6));
        if (encodedSex != sex) {
            return Optional.of("has " + centuryAndSex + " as its 4th digit, which stands for a " + describe(encodedSex)
                    + " person, but sex is " + sex + "; check the number or the declared sex");
        }
        if (encodedYear != birthYear) {
            return Optional.of("encodes the birth year " + encodedYear + " (4th digit " + centuryAndSex
                    + ", 5th-6th digits " + number.substring(4, 6) + "), but dateOfBirth is in " + birthYear
                    + "; check the number or the date of birth");
        }
        return Optional.empty();
    }

    private static String describe(Sex sex) {
        return sex == Sex.MALE ? "male" : "female";
    }
}
