package vn.tochuc.cadre.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.cadre.rest.PersonRequest;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.cadre.service.MembershipRules;
import vn.tochuc.cadre.service.MembershipService;
import vn.tochuc.cadre.service.PersonRules;
import vn.tochuc.cadre.service.PersonService;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Imports one row through the same checks and services as the API: Bean Validation of the API's request records,
 * {@link PersonRules}, {@link MembershipRules}, then {@link PersonService} and {@link MembershipService} (audit
 * rows, versions and outbox events included). The national ID is the key: a person on record is updated through
 * the versioned update, which writes nothing when nothing differs.
 *
 * <p>A row found invalid before anything is written comes back REJECTED. A problem found after a write (an
 * admission refused once the person exists) is thrown, so the caller's transaction undoes the row.
 */
@ApplicationScoped
public class RowImporter {

    /** The admission request's fields and the file columns that fill them. */
    private static final Map<String, String> ADMISSION_COLUMNS = Map.of("admittedOn", ImportColumns.ADMITTED_ON,
            "cellId", ImportColumns.CELL_ID, "sponsors", "sponsor1, sponsor2", "recordNumber", "partyRecordNumber");

    private final PersonRules personRules;
    private final MembershipRules membershipRules;
    private final PersonService persons;
    private final MembershipService memberships;
    private final PersonMapper mapper;
    private final Validator validator;

    RowImporter(PersonRules personRules, MembershipRules membershipRules, PersonService persons,
            MembershipService memberships, PersonMapper mapper, Validator validator) {
        this.personRules = personRules;
        this.membershipRules = membershipRules;
        this.persons = persons;
        this.memberships = memberships;
        this.mapper = mapper;
        this.validator = validator;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RowResult importRow(Map<String, Integer> columns, ImportedFile.Row row, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        RowMapper cells = new RowMapper(columns, row, errors);
        for (String column : ImportColumns.ALL) { // in the documented order, so reports read the same every time
            if (columns.containsKey(column)) {
                LegacyEncoding.detect(cells.text(column))
                        .ifPresent(kind -> errors.add(new FieldError(column, kind.reason())));
            }
        }
        String nationalId = cells.text(ImportColumns.NATIONAL_ID);
        if (!errors.isEmpty()) {
            return RowResult.rejected(row.number(), nationalId, errors);
        }
        if (nationalId == null) {
            errors.add(new FieldError(ImportColumns.NATIONAL_ID, "is required: it identifies the person, so that "
                    + "importing the file again updates instead of duplicating"));
            return RowResult.rejected(row.number(), null, errors);
        }
        Person existing = Person.<Person>find("nationalId", nationalId).firstResult();
        PersonRequest request = cells.person(existing == null ? null : mapper.toRequest(existing));
        AdmissionRequest admission = cells.admission(existing == null ? UUID.randomUUID() : existing.id);
        violations(validator.validate(request), Map.of(), errors);
        if (admission != null) {
            violations(validator.validate(admission), ADMISSION_COLUMNS, errors);
        }
        if (errors.isEmpty()) {
            try {
                personRules.check(request);
            } catch (ProblemException e) {
                errors.addAll(reasons(e));
            }
        }
        if (!errors.isEmpty()) {
            return RowResult.rejected(row.number(), nationalId, errors);
        }
        return write(row.number(), nationalId, existing, request, admission, caller);
    }

    private RowResult write(int number, String nationalId, Person existing, PersonRequest request,
            AdmissionRequest admission, Caller caller) {
        RowResult.Status status;
        UUID personId;
        if (existing == null) {
            personId = persons.create(request, caller).id();
            status = RowResult.Status.CREATED;
        } else {
            long before = existing.version;
            long after = persons.update(existing.id, request, "\"" + before + "\"", caller).version();
            personId = existing.id;
            status = after == before ? RowResult.Status.UNCHANGED : RowResult.Status.UPDATED;
        }
        UUID membershipId = null;
        if (admission != null) {
            AdmissionRequest admit = new AdmissionRequest(personId, admission.admittedOn(), admission.cellId(),
                    admission.sponsors(), admission.recordNumber(), admission.decision());
            PartyMembership current = PartyMembership.currentOf(personId).orElse(null);
            if (current == null) {
                admissible(admit); // refuses before the service would, with the same reasons
                membershipId = memberships.admit(admit, caller).id();
                status = status == RowResult.Status.UNCHANGED ? RowResult.Status.UPDATED : status;
            } else if (current.admittedOn.equals(admit.admittedOn()) && current.admissionCellId.equals(admit.cellId())) {
                membershipId = current.id;
            } else {
                throw new ProblemException(409, "already-member", "already a member", List.of(new FieldError(
                        ImportColumns.ADMITTED_ON, "the person is already a party member (membership " + current.id
                        + ", admitted " + current.admittedOn + "); an import only records admissions, record "
                        + "transfers and other steps through /api/v1/party-members")));
            }
        }
        return new RowResult(number, status, nationalId, personId, membershipId, List.of());
    }

    /** The Party Statute's checks of the API, reported under the file's column names. */
    private void admissible(AdmissionRequest admit) {
        try {
            membershipRules.admissible(admit);
        } catch (ProblemException e) {
            throw new ProblemException(e.status(), e.slug(), e.getMessage(), e.errors().stream()
                    .map(f -> new FieldError(ADMISSION_COLUMNS.getOrDefault(f.field(), f.field()), f.message()))
                    .toList());
        }
    }

    /** The problem's field errors, or its detail when it has none. */
    static List<FieldError> reasons(ProblemException e) {
        return e.errors().isEmpty() ? List.of(new FieldError("row", e.getMessage())) : e.errors();
    }

    private static <T> void violations(java.util.Set<ConstraintViolation<T>> found, Map<String, String> names,
            List<FieldError> errors) {
        found.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
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
