package vn.tochuc.cadre.imports;

import java.util.Arrays;
import vn.tochuc.platform.problem.ProblemException;

/**
 * The lists of ethnicity codes a file may use. Both number the 54 groups 01-54, in different orders, so a code alone
 * does not say which group it is: the import names its list, and the rule cadre.ethnicity-codes crosswalks it to the
 * stored (2008) codes.
 */
public enum EthnicityScheme {
    /** Quyết định 1019/QĐ-TCTK (12/11/2008), by population: the codes this service stores. */
    QD_1019_2008,
    /** Quyết định 121-TCTK/PPCĐ (2/3/1979), the first list of the 54 groups. */
    QD_121_1979;

    /** The scheme a request names, null when none; 400 naming the values otherwise. */
    public static EthnicityScheme parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(s -> s.name().equals(value.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("ethnicityScheme", "must be one of "
                        + Arrays.toString(values()) + ": QD_1019_2008 for the 2008 list (Kinh 01, Tày 02, Thái 03, "
                        + "Mường 04...), QD_121_1979 for the 1979 list (Kinh 01, Tày 02, Thái 03, Hoa 04...)"));
    }
}
