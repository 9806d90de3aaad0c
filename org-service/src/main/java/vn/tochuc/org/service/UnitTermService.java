package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitVersion;
import vn.tochuc.org.domain.Term;
import vn.tochuc.org.domain.UnitTerm;
import vn.tochuc.org.event.OrgStructureEvents;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.org.rest.UnitTermBody;
import vn.tochuc.org.rules.TermRules;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;

/** Terms of office, and each unit's congress and elected bodies per term. */
@ApplicationScoped
public class UnitTermService {

    private final Outbox outbox;
    private final StructureRules rules;
    private final TermRules termRules;

    UnitTermService(Outbox outbox, StructureRules rules, TermRules termRules) {
        this.outbox = outbox;
        this.rules = rules;
        this.termRules = termRules;
    }

    public List<Term> terms() {
        return Term.list("order by startYear, scope");
    }

    /** Adds a term; its length must be the one the term rule in force when it starts gives its scope. */
    @Transactional
    public Term addTerm(String code, int startYear, int endYear, String nameVi, String scope) {
        if (!code.equals(startYear + "-" + endYear)) {
            throw ProblemException.invalid("code", ProblemText.of("field.term-code").with("start", startYear)
                    .with("end", endYear));
        }
        if (Term.findById(code) != null) {
            throw ProblemException.conflict("duplicate-code", ProblemText.of("duplicate-code.term").with("code", code));
        }
        termRules.requireLength(scope, startYear, endYear);
        Term term = new Term();
        term.code = code;
        term.startYear = startYear;
        term.endYear = endYear;
        term.nameVi = nameVi.strip();
        term.scope = scope;
        term.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        term.persist();
        return term;
    }

    public List<UnitTerm> ofUnit(UUID unitId) {
        if (OrgUnit.findById(unitId) == null) {
            throw ProblemException.notFound("org unit", unitId);
        }
        return UnitTerm.list("unitId = ?1 order by termCode", unitId);
    }

    public record Saved(UnitTerm unitTerm, boolean created) {
    }

    /** Records the congress of a term; changing one already recorded needs If-Match with its ETag. */
    @Transactional
    public Saved record(UUID unitId, String termCode, String ifMatch, UnitTermBody body) {
        OrgUnit unit = OrgUnit.<OrgUnit>findByIdOptional(unitId)
                .orElseThrow(() -> ProblemException.notFound("org unit", unitId));
        Term term = Term.<Term>findByIdOptional(termCode).orElseThrow(() -> new ProblemException(404, "not-found",
                ProblemText.of("not-found.term").with("code", termCode)));
        LocalDate congressDate = body.congressDate();
        if (congressDate != null) {
            rules.requireExistingOn("congressDate: unit", unit.id, congressDate);
        }
        LocalDate judgedOn = congressDate != null ? congressDate : LocalDate.of(term.startYear, 1, 1);
        termRules.requireScope(congressDate != null ? rules.kindOn(unit.id, congressDate)
                : OrgUnitVersion.latest(unit.id).orElseThrow().kind, term, judgedOn);
        if (body.standingCommitteeSeats() != null && body.executiveCommitteeSeats() != null
                && body.standingCommitteeSeats() > body.executiveCommitteeSeats()) {
            throw ProblemException.invalid("standingCommitteeSeats", ProblemText.of("field.standing-over-executive"));
        }
        UnitTerm existing = UnitTerm.of(unitId, term.code).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UnitTerm record = existing;
        if (existing == null) {
            record = new UnitTerm();
            record.id = UUID.randomUUID();
            record.unitId = unitId;
            record.termCode = term.code;
            record.createdAt = now;
        } else {
            EntityVersions.requireMatch(ifMatch, existing.version);
        }
        record.congressOrdinal = body.congressOrdinal();
        record.congressDate = congressDate;
        record.executiveCommitteeSeats = body.executiveCommitteeSeats();
        record.standingCommitteeSeats = body.standingCommitteeSeats();
        record.inspectionCommissionSeats = body.inspectionCommissionSeats();
        record.updatedAt = now;
        if (existing == null) {
            record.persist();
        }
        outbox.publish(OrgUnitEvents.TOPIC, unitId.toString(), OrgStructureEvents.CONGRESS_RECORDED_V1,
                new OrgStructureEvents.CongressRecordedV1(unitId, term.code, record.congressOrdinal, congressDate,
                        record.executiveCommitteeSeats, record.standingCommitteeSeats,
                        record.inspectionCommissionSeats));
        return new Saved(record, existing == null);
    }
}
