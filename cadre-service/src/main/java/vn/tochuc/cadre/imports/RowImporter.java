package vn.tochuc.cadre.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.cadre.service.Caller;
import vn.tochuc.cadre.service.MembershipRules;
import vn.tochuc.cadre.service.MembershipService;
import vn.tochuc.cadre.service.PersonService;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Imports one row through the API's services: {@link RowChecker}'s checks, then {@link PersonService} and
 * {@link MembershipService} (audit rows, versions and outbox events included). The national ID is the key: a
 * person on record is updated through the versioned update, which writes nothing when nothing differs. The path
 * for rows of persons on record, and for every row of a chunk that {@link ChunkImporter} could not write.
 *
 * <p>A row found invalid before anything is written comes back REJECTED. A problem found after a write (an
 * admission refused once the person exists) is thrown, so the caller's transaction undoes the row.
 */
@ApplicationScoped
public class RowImporter {

    private final RowChecker checker;
    private final MembershipRules membershipRules;
    private final PersonService persons;
    private final MembershipService memberships;

    RowImporter(RowChecker checker, MembershipRules membershipRules, PersonService persons,
            MembershipService memberships) {
        this.checker = checker;
        this.membershipRules = membershipRules;
        this.persons = persons;
        this.memberships = memberships;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RowResult importRow(Map<String, Integer> columns, ImportedFile.Row row, Caller caller) {
        CheckedRow read = checker.read(columns, row);
        if (read.rejected()) {
            return read.rejection();
        }
        Person existing = Person.<Person>find("nationalId", read.nationalId()).firstResult();
        CheckedRow checked = checker.check(read, existing);
        if (checked.rejected()) {
            return checked.rejection();
        }
        return write(checked, existing, caller);
    }

    private RowResult write(CheckedRow row, Person existing, Caller caller) {
        RowResult.Status status;
        UUID personId;
        if (existing == null) {
            personId = persons.create(row.request(), caller).id();
            status = RowResult.Status.CREATED;
        } else {
            long before = existing.version;
            long after = persons.update(existing.id, row.request(), "\"" + before + "\"", caller).version();
            personId = existing.id;
            status = after == before ? RowResult.Status.UNCHANGED : RowResult.Status.UPDATED;
        }
        UUID membershipId = null;
        if (row.admission() != null) {
            AdmissionRequest admit = RowChecker.admissionOf(row, personId);
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
        return new RowResult(row.number(), status, row.nationalId(), personId, membershipId, List.of());
    }

    /** The Party Statute's checks of the API, reported under the file's column names. */
    private void admissible(AdmissionRequest admit) {
        try {
            membershipRules.admissible(admit);
        } catch (ProblemException e) {
            throw RowChecker.underColumns(e);
        }
    }
}
