package vn.tochuc.cadre.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.domain.Sponsor;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.cadre.rest.PersonName;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.cadre.rest.Place;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.text.VietnameseText;

/**
 * One file row as the API's own requests, so the API's Bean Validation and rules judge it. A blank cell means "not
 * given": for a person already on record it keeps the recorded value, so a file with a few columns does not wipe
 * the rest of a CV.
 */
final class RowMapper {

    private final Map<String, Integer> columns;
    private final ImportedFile.Row row;
    private final List<FieldError> errors;

    RowMapper(Map<String, Integer> columns, ImportedFile.Row row, List<FieldError> errors) {
        this.columns = columns;
        this.row = row;
        this.errors = errors;
    }

    /** Every text cell in NFC, blank as null. */
    String text(String column) {
        Integer at = columns.get(column);
        String value = at == null ? null : row.cell(at);
        return value == null || value.isBlank() ? null : VietnameseText.nfc(value.strip());
    }

    /** The CV this row asks for: the row's cells over {@code base} (the record on file, or null for a new one). */
    PersonRequest person(PersonRequest base) {
        PersonName baseName = base == null ? null : base.birthName();
        PersonName written = writtenName();
        PersonName name = new PersonName(or(written.surname(), baseName == null ? null : baseName.surname()),
                or(written.middleName(), baseName == null ? null : baseName.middleName()),
                or(written.givenName(), baseName == null ? null : baseName.givenName()));
        Sex sex = sex();
        UUID unit = uuid("currentOrgUnitId");
        if (base == null) {
            return new PersonRequest(text(ImportColumns.NATIONAL_ID), name, null, text("otherNames"), sex,
                    date("dateOfBirth"), null, place(text("birthplace"), null), place(text("homeTown"), null),
                    text("ethnicityCode"), text("religionCode"), text("generalEducation"), text("educationLevelCode"),
                    text("politicalTheoryCode"), text("stateManagementCode"), text("itLevel"), unit, null, null,
                    null, null, null, null, null);
        }
        return new PersonRequest(base.nationalId(), name, base.nameInUse(), or(text("otherNames"), base.otherNames()),
                sex == null ? base.sex() : sex, or(date("dateOfBirth"), base.dateOfBirth()), base.dateOfDeath(),
                place(text("birthplace"), base.birthplace()), place(text("homeTown"), base.homeTown()),
                or(text("ethnicityCode"), base.ethnicityCode()), or(text("religionCode"), base.religionCode()),
                or(text("generalEducation"), base.generalEducation()),
                or(text("educationLevelCode"), base.educationLevelCode()),
                or(text("politicalTheoryCode"), base.politicalTheoryCode()),
                or(text("stateManagementCode"), base.stateManagementCode()), or(text("itLevel"), base.itLevel()),
                unit == null ? base.currentOrgUnitId() : unit, base.degrees(), base.languages(), base.workHistory(),
                base.salaryHistory(), base.training(), base.awards(), base.familyMembers());
    }

    /** The admission this row asks for, or null when its admission date is blank. */
    AdmissionRequest admission(UUID personId) {
        String admitted = date(ImportColumns.ADMITTED_ON);
        if (admitted == null) {
            return null;
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(admitted);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(ImportColumns.ADMITTED_ON, "must be a date YYYY-MM-DD or DD/MM/YYYY, e.g. 2015-05-19 or 19/05/2015"));
        }
        List<Sponsor> sponsors = java.util.stream.Stream.of(text("sponsor1"), text("sponsor2"))
                .filter(java.util.Objects::nonNull).map(s -> new Sponsor(s, null, null)).toList();
        return new AdmissionRequest(personId, on, uuid(ImportColumns.CELL_ID), sponsors, text("partyRecordNumber"),
                null, null);
    }

    /** The name in parts, or split from a whole "Họ và tên": surname first, given name last, the rest between. */
    private PersonName writtenName() {
        String whole = text(ImportColumns.FULL_NAME);
        if (whole == null) {
            return new PersonName(text("surname"), text("middleName"), text("givenName"));
        }
        String[] words = whole.split("\\s+");
        if (words.length < 2) {
            errors.add(new FieldError(ImportColumns.FULL_NAME, "'" + whole + "' is one word; write the surname and "
                    + "the given name at least, e.g. Nguyễn Văn An"));
            return new PersonName(null, null, null);
        }
        String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(words[0], middle.isEmpty() ? null : middle, words[words.length - 1]);
    }

    /**
     * A date as the API writes it (2015-05-19, 2015-05 or 2015) or as the Board's spreadsheets do (19/05/2015,
     * 05/2015), given on as the API's form.
     */
    String date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher dayMonthYear = DAY_MONTH_YEAR.matcher(value);
        if (dayMonthYear.matches()) {
            return String.format(Locale.ROOT, "%s-%02d-%02d", dayMonthYear.group(3),
                    Integer.parseInt(dayMonthYear.group(2)), Integer.parseInt(dayMonthYear.group(1)));
        }
        java.util.regex.Matcher monthYear = MONTH_YEAR.matcher(value);
        if (monthYear.matches()) {
            return String.format(Locale.ROOT, "%s-%02d", monthYear.group(2), Integer.parseInt(monthYear.group(1)));
        }
        return value;
    }

    private static final java.util.regex.Pattern DAY_MONTH_YEAR =
            java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final java.util.regex.Pattern MONTH_YEAR = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{4})");

    private Sex sex() {
        String sex = text("sex");
        if (sex == null) {
            return null;
        }
        switch (VietnameseText.searchKey(sex).toLowerCase(Locale.ROOT)) {
            case "male", "nam", "m":
                return Sex.MALE;
            case "female", "nu", "f":
                return Sex.FEMALE;
            default:
                errors.add(new FieldError("sex", "'" + sex + "' is not a sex; write MALE or FEMALE (Nam / Nữ)"));
                return null;
        }
    }

    private UUID uuid(String column) {
        String id = text(column);
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "'" + id + "' is not an org unit id (a UUID from GET "
                    + "/api/v1/org-units)"));
            return null;
        }
    }

    private static Place place(String text, Place base) {
        if (text == null) {
            return base;
        }
        return new Place(text, base == null ? null : base.adminUnitCode());
    }

    private static String or(String value, String base) {
        return value != null ? value : base;
    }
}
