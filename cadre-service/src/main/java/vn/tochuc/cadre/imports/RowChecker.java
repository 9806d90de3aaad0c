package vn.tochuc.cadre.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.cadre.service.MembershipRules;
import vn.tochuc.cadre.service.PersonRules;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Checks a row with the API's own code: legacy encoding and the national ID first, then, against the record on
 * file, Bean Validation of the API's request records and {@link PersonRules}. Both import paths (in chunks and row
 * by row) judge rows here, so they cannot drift apart.
 */
@ApplicationScoped
class RowChecker {

    /** The admission request's fields and the file columns that fill them. */
    private static final Map<String, String> ADMISSION_COLUMNS = Map.of("admittedOn", ImportColumns.ADMITTED_ON,
            "cellId", ImportColumns.CELL_ID, "sponsors", "sponsor1, sponsor2", "recordNumber", "partyRecordNumber");

    private final PersonRules personRules;
    private final PersonMapper mapper;
    private final Validator validator;

    RowChecker(PersonRules personRules, PersonMapper mapper, ValidatorFactory validators) {
        this.personRules = personRules;
        this.mapper = mapper;
        // The requests are records, never JPA entities: the default resolver asks JPA whether each of their
        // properties is loaded, a visible share of every row's validation in the import's profile.
        this.validator = validators.usingContext().traversableResolver(EVERY_PROPERTY).getValidator();
    }

    /** Every property is reachable and cascadable: what Bean Validation assumes without a persistence provider. */
    private static final TraversableResolver EVERY_PROPERTY = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    /** The checks that need no record: legacy-encoded cells, a missing national ID. */
    CheckedRow read(Map<String, Integer> columns, ImportedFile.Row row) {
        List<FieldError> errors = new ArrayList<>();
        RowMapper cells = new RowMapper(columns, row, errors);
        for (String column : ImportColumns.ALL) { // in the documented order, so reports read the same every time
            if (columns.containsKey(column)) {
                LegacyEncoding.detect(cells.text(column))
                        .ifPresent(kind -> errors.add(new FieldError(column, kind.reason())));
            }
        }
        String nationalId = cells.text(ImportColumns.NATIONAL_ID);
        if (errors.isEmpty() && nationalId == null) {
            errors.add(new FieldError(ImportColumns.NATIONAL_ID, "is required: it identifies the person, so that "
                    + "importing the file again updates instead of duplicating"));
        }
        return new CheckedRow(row.number(), nationalId, cells, errors, null, null, null);
    }

    /** A row {@link #read} passed, against the record on file ({@code existing}, null for a new person). */
    CheckedRow check(CheckedRow read, Person existing) {
        List<FieldError> errors = read.errors();
        PersonRequest request = read.cells().person(existing == null ? null : mapper.toRequest(existing));
        AdmissionRequest admission = read.cells().admission(existing == null ? UUID.randomUUID() : existing.id);
        violations(validator.validate(request), Map.of(), errors);
        if (admission != null) {
            violations(validator.validate(admission), ADMISSION_COLUMNS, errors);
        }
        PartialDate born = null;
        if (errors.isEmpty()) {
            try {
                born = personRules.check(request);
            } catch (ProblemException e) {
                errors.addAll(reasons(e));
            }
        }
        return new CheckedRow(read.number(), read.nationalId(), read.cells(), errors, request, born, admission);
    }

    /** The row's admission for the person it writes (checked with a stand-in id before the person existed). */
    static AdmissionRequest admissionOf(CheckedRow row, UUID personId) {
        AdmissionRequest a = row.admission();
        return new AdmissionRequest(personId, a.admittedOn(), a.cellId(), a.sponsors(), a.recordNumber(),
                a.decision(), a.approvedByHigherCommittee());
    }

    /** {@link MembershipRules}' refusal of an admission, reported under the file's column names. */
    static ProblemException underColumns(ProblemException e) {
        return new ProblemException(e.status(), e.slug(), e.getMessage(), e.errors().stream()
                .map(f -> new FieldError(ADMISSION_COLUMNS.getOrDefault(f.field(), f.field()), f.message()))
                .toList());
    }

    /** The problem's field errors, or its detail when it has none. */
    static List<FieldError> reasons(ProblemException e) {
        return e.errors().isEmpty() ? List.of(new FieldError("row", e.getMessage())) : e.errors();
    }

    private static <T> void violations(Set<ConstraintViolation<T>> found, Map<String, String> names,
            List<FieldError> errors) {
        found.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String path = v.getPropertyPath().toString();
            String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path.replaceAll("\\[.*", "");
            String column = names.getOrDefault(head, path.replace("birthName.", ""));
            // A cell the row reader already refused (sex "X") is null to Bean Validation: say it once.
            if (errors.stream().noneMatch(e -> e.field().equals(column))) {
                errors.add(new FieldError(column, v.getMessage()));
            }
        });
    }
}
