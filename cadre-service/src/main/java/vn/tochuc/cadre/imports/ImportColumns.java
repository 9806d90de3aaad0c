package vn.tochuc.cadre.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.text.VietnameseText;

/**
 * The columns an import file may have, named like the API's fields so one vocabulary serves both. The national ID
 * is required: it is the key that makes a re-run update instead of duplicate.
 */
public final class ImportColumns {

    public static final String NATIONAL_ID = "nationalId";
    public static final String ADMITTED_ON = "partyAdmittedOn";
    public static final String CELL_ID = "partyCellId";
    /** Codes of the list the import names (ethnicityScheme), crosswalked to the stored ones. */
    public static final String ETHNICITY_CODE = "ethnicityCode";
    public static final List<String> REQUIRED = List.of(NATIONAL_ID, "surname", "givenName", "sex", "dateOfBirth");
    public static final List<String> ALL = List.of(NATIONAL_ID, "surname", "middleName", "givenName", "sex",
            "dateOfBirth", "otherNames", "birthplace", "homeTown", "ethnicityCode", "religionCode", "generalEducation",
            "educationLevelCode", "politicalTheoryCode", "stateManagementCode", "itLevel", "currentOrgUnitId",
            ADMITTED_ON, CELL_ID, "partyRecordNumber", "sponsor1", "sponsor2");

    /**
     * "Họ và tên" as the Board's spreadsheets write it: one cell split into surname (first word), given name (last
     * word) and middle name (the rest), the way Vietnamese names are written. Used when there is no surname column.
     */
    public static final String FULL_NAME = "fullName";

    /**
     * The Vietnamese headers of the Board's own spreadsheets (mẫu 2C and the member lists), matched without
     * diacritics or case, so "Số CCCD" and "SO CCCD" both name the national ID. Only headers whose values the API's
     * fields take as written are here: "Dân tộc" holds a name where ethnicityCode takes a code, so it is not.
     */
    static final Map<String, String> VIETNAMESE = Map.ofEntries(
            Map.entry("so cccd", NATIONAL_ID), Map.entry("so can cuoc cong dan", NATIONAL_ID),
            Map.entry("so can cuoc", NATIONAL_ID), Map.entry("so dinh danh ca nhan", NATIONAL_ID),
            Map.entry("cccd", NATIONAL_ID),
            Map.entry("ho va ten", FULL_NAME), Map.entry("ho ten", FULL_NAME), Map.entry("ho va ten khai sinh", FULL_NAME),
            Map.entry("ho", "surname"), Map.entry("ten dem", "middleName"), Map.entry("chu dem", "middleName"),
            Map.entry("ten", "givenName"), Map.entry("ten goi khac", "otherNames"),
            Map.entry("gioi tinh", "sex"), Map.entry("ngay sinh", "dateOfBirth"),
            Map.entry("ngay, thang, nam sinh", "dateOfBirth"), Map.entry("ngay thang nam sinh", "dateOfBirth"),
            Map.entry("noi sinh", "birthplace"), Map.entry("que quan", "homeTown"),
            Map.entry("ma dan toc", "ethnicityCode"), Map.entry("ma ton giao", "religionCode"),
            Map.entry("giao duc pho thong", "generalEducation"),
            Map.entry("trinh do giao duc pho thong", "generalEducation"),
            Map.entry("ma don vi", "currentOrgUnitId"), Map.entry("ngay vao dang", ADMITTED_ON),
            Map.entry("ngay ket nap", ADMITTED_ON), Map.entry("ma chi bo", CELL_ID),
            Map.entry("so ly lich dang vien", "partyRecordNumber"), Map.entry("so ly lich", "partyRecordNumber"),
            Map.entry("nguoi gioi thieu 1", "sponsor1"), Map.entry("nguoi gioi thieu thu nhat", "sponsor1"),
            Map.entry("nguoi gioi thieu 2", "sponsor2"), Map.entry("nguoi gioi thieu thu hai", "sponsor2"));

    /** Each column's Vietnamese header, as the template writes it beside the field name. */
    public static final Map<String, String> VIETNAMESE_HEADER = Map.ofEntries(
            Map.entry(NATIONAL_ID, "Số CCCD"), Map.entry("surname", "Họ"), Map.entry("middleName", "Tên đệm"),
            Map.entry("givenName", "Tên"), Map.entry("sex", "Giới tính"), Map.entry("dateOfBirth", "Ngày sinh"),
            Map.entry("otherNames", "Tên gọi khác"), Map.entry("birthplace", "Nơi sinh"),
            Map.entry("homeTown", "Quê quán"), Map.entry("ethnicityCode", "Mã dân tộc"),
            Map.entry("religionCode", "Mã tôn giáo"), Map.entry("generalEducation", "Giáo dục phổ thông"),
            Map.entry("educationLevelCode", "Trình độ chuyên môn (mã)"),
            Map.entry("politicalTheoryCode", "Lý luận chính trị (mã)"),
            Map.entry("stateManagementCode", "Quản lý nhà nước (mã)"), Map.entry("itLevel", "Tin học"),
            Map.entry("currentOrgUnitId", "Mã đơn vị"), Map.entry(ADMITTED_ON, "Ngày vào Đảng"),
            Map.entry(CELL_ID, "Mã chi bộ"), Map.entry("partyRecordNumber", "Số lý lịch đảng viên"),
            Map.entry("sponsor1", "Người giới thiệu 1"), Map.entry("sponsor2", "Người giới thiệu 2"));

    private ImportColumns() {
    }

    /** Every Vietnamese header the template names is accepted as well, so a filled-in template never fails. */
    private static final Map<String, String> TEMPLATE_HEADERS = templateHeaders();

    private static Map<String, String> templateHeaders() {
        Map<String, String> byKey = new HashMap<>();
        VIETNAMESE_HEADER.forEach((column, header) -> byKey.put(key(header), column));
        return byKey;
    }

    private static String key(String header) {
        return VietnameseText.searchKey(header).replaceAll("[:*.]+$", "").strip();
    }

    /** The column a header names: a field name in any case, or one of the Board's Vietnamese headers. */
    static String named(String header, Map<String, String> known) {
        String name = known.get(header.toLowerCase(Locale.ROOT));
        if (name != null) {
            return name;
        }
        String key = key(header);
        return VIETNAMESE.getOrDefault(key, TEMPLATE_HEADERS.get(key));
    }

    /** @return column name → index; throws with every unknown, repeated or missing column listed */
    static Map<String, Integer> index(List<String> header) {
        Map<String, String> known = new HashMap<>();
        ALL.forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        known.put(FULL_NAME.toLowerCase(Locale.ROOT), FULL_NAME);
        Map<String, Integer> index = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String name = named(raw, known);
            if (name == null) {
                errors.add(new FieldError("header[" + (i + 1) + "]", "'" + raw + "' is not a known column"));
            } else if (index.putIfAbsent(name, i) != null) {
                errors.add(new FieldError("header[" + (i + 1) + "]", "'" + raw + "' appears twice"));
            }
        }
        if (index.containsKey(FULL_NAME) && (index.containsKey("surname") || index.containsKey("givenName"))) {
            errors.add(new FieldError(FULL_NAME, "give the name either whole (Họ và tên) or in parts (surname, "
                    + "middleName, givenName), not both"));
        }
        for (String required : REQUIRED) {
            boolean namedWhole = index.containsKey(FULL_NAME) && (required.equals("surname")
                    || required.equals("givenName"));
            if (!index.containsKey(required) && !namedWhole) {
                errors.add(new FieldError(required, "the column is required and missing"));
            }
        }
        if (index.containsKey(ADMITTED_ON) != index.containsKey(CELL_ID)) {
            errors.add(new FieldError(index.containsKey(ADMITTED_ON) ? CELL_ID : ADMITTED_ON, "party admission "
                    + "needs both " + ADMITTED_ON + " and " + CELL_ID));
        }
        if (!errors.isEmpty()) {
            throw FileProblems.columns(errors);
        }
        return index;
    }
}
