package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.RatingRequest;
import vn.tochuc.cadre.rest.RatingResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/** Records and corrects yearly quality ratings; each change is audited on the person in its own transaction. */
@ApplicationScoped
public class RatingService {

    private final PersonMapper persons;
    private final AuditTrail audit;
    private final PersonAccess access;

    RatingService(PersonMapper persons, AuditTrail audit, PersonAccess access) {
        this.access = access;
        this.persons = persons;
        this.audit = audit;
    }

    @Transactional
    public RatingResponse record(RatingRequest r, Caller caller) {
        check(r);
        access.requireUnit("orgUnitId", r.orgUnitId());
        QualityRating.<QualityRating>find("personId = ?1 and year = ?2", r.personId(), r.year()).firstResultOptional()
                .ifPresent(existing -> {
                    throw ProblemException.conflict("already-rated", "Person " + r.personId() + " is already rated "
                            + existing.rating + " for " + r.year() + " (rating " + existing.id + "); correct that "
                            + "rating with PUT and If-Match instead.");
                });
        QualityRating q = new QualityRating();
        q.id = UUID.randomUUID();
        q.personId = r.personId();
        q.year = r.year();
        apply(q, r);
        q.createdAt = q.updatedAt;
        q.persist();
        QualityRating.flush();
        RatingResponse after = toResponse(q);
        audit.record(q.personId, "RATED", caller, null, Map.of("rating:" + q.id, after));
        return after;
    }

    @Transactional
    public RatingResponse correct(UUID id, RatingRequest r, String ifMatch, Caller caller) {
        QualityRating q = find(id);
        EntityVersions.requireMatch(ifMatch, q.version);
        if (!q.personId.equals(r.personId()) || q.year != r.year()) {
            throw ProblemException.invalid("year", "a correction keeps the person and year (" + q.personId + ", "
                    + q.year + "); record a new rating for another person or year");
        }
        check(r);
        access.requireUnit("orgUnitId", r.orgUnitId());
        RatingResponse before = toResponse(q);
        apply(q, r);
        QualityRating.flush();
        RatingResponse after = toResponse(q);
        audit.record(q.personId, "RATING_CORRECTED", caller, Map.of("rating:" + q.id, before),
                Map.of("rating:" + q.id, after));
        return after;
    }

    public RatingResponse get(UUID id) {
        return toResponse(find(id));
    }

    private static void apply(QualityRating q, RatingRequest r) {
        q.rating = r.rating();
        q.orgUnitId = r.orgUnitId();
        q.note = r.note();
        q.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void check(RatingRequest r) {
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + ".",
                    List.of(new FieldError("personId", "is not a person on record")));
        }
        if (r.year() > LocalDate.now().getYear() || r.year() < person.birthYear) {
            throw ProblemException.invalid("year", "must be from the person's year of birth " + person.birthYear
                    + " to this year " + LocalDate.now().getYear());
        }
        if (OrgUnitView.findById(r.orgUnitId()) == null) {
            throw new ProblemException(422, "unknown-reference", "The org unit is not known to this service.",
                    List.of(new FieldError("orgUnitId", "is not an org unit known from org-service")));
        }
    }

    private QualityRating find(UUID id) {
        return access.reachable(QualityRating.<QualityRating>findByIdOptional(id), x -> x.personId,
                "quality rating", id);
    }

    private RatingResponse toResponse(QualityRating q) {
        OrgUnitView unit = OrgUnitView.findById(q.orgUnitId);
        return new RatingResponse(q.id, q.personId, persons.toSummary(Person.findById(q.personId)).fullName(), q.year,
                q.rating, q.orgUnitId, unit == null ? null : unit.name, q.note, q.version);
    }
}
