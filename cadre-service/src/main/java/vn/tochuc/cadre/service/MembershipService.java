package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.LeaveReason;
import vn.tochuc.cadre.domain.MembershipHistory;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.TransferKind;
import vn.tochuc.cadre.event.MemberEvents;
import vn.tochuc.cadre.mapping.MembershipMapper;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.rest.ActivityRequest;
import vn.tochuc.cadre.rest.AdmissionRequest;
import vn.tochuc.cadre.rest.LeavingRequest;
import vn.tochuc.cadre.rest.MembershipResponse;
import vn.tochuc.cadre.rest.RecognitionRequest;
import vn.tochuc.cadre.rest.TransferRequest;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.EntityVersions;

/**
 * The steps of a party membership. Each step changes the row, appends a history row and writes its event to the
 * outbox in one transaction: all three or none.
 */
@ApplicationScoped
public class MembershipService {

    private final MembershipRules rules;
    private final MembershipMapper mapper;
    private final PersonMapper persons;
    private final Outbox outbox;
    private final Admissions admissions;
    private final PersonAccess access;

    MembershipService(MembershipRules rules, MembershipMapper mapper, PersonMapper persons, Outbox outbox,
            Admissions admissions, PersonAccess access) {
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.persons = persons;
        this.outbox = outbox;
        this.admissions = admissions;
    }

    @Transactional
    public MembershipResponse admit(AdmissionRequest r, Caller caller) {
        rules.admissible(r);
        PartyMembership m = admissions.newMembership(r);
        return finish(m, Admissions.STEP, MemberEvents.ADMITTED_V1, r.admittedOn(), r, caller, r.decision(), null, null,
                null);
    }

    @Transactional
    public MembershipResponse recognise(UUID id, RecognitionRequest r, String ifMatch, Caller caller) {
        PartyMembership m = require(id, ifMatch);
        rules.requireMember(m, "step.recognition");
        if (m.stage != MembershipStage.PROBATIONARY) {
            throw ProblemException.conflict("already-full-member", ProblemText.of("already-full-member")
                    .with("person", nameOf(m)).with("date", m.fullMembershipOn));
        }
        // Điều lệ Đảng, Điều 5: a member who qualifies is full as of the day the probation ends, even when the cell
        // decides later; so the full-membership date is that day, never the decision's.
        LocalDate fullOn = m.fullMembershipDueOn;
        if (r.recognisedOn() != null && !r.recognisedOn().equals(fullOn)) {
            throw new ProblemException(422, "full-membership-date", ProblemText.of("full-membership-date")
                    .with("person", nameOf(m)).with("admitted", m.admittedOn).with("full", fullOn)
                    .with("rule", Admissions.FULL_MEMBERSHIP_RULE).with("sent", r.recognisedOn()))
                    .field("recognisedOn", ProblemText.of("field.recognised-on").with("date", fullOn));
        }
        LocalDate decided = r.decision() != null && r.decision().date() != null ? r.decision().date() : null;
        if (decided != null && decided.isBefore(fullOn)) {
            throw new ProblemException(422, "probation-not-over", ProblemText.of("probation-not-over.decided")
                    .with("person", nameOf(m)).with("lastDay", fullOn.minusDays(1)).with("full", fullOn)
                    .with("decided", decided))
                    .field("decision.date", ProblemText.of("field.before-date").with("date", fullOn));
        }
        if (decided == null && LocalDate.now().isBefore(fullOn)) {
            throw new ProblemException(422, "probation-not-over", ProblemText.of("probation-not-over")
                    .with("person", nameOf(m)).with("lastDay", fullOn.minusDays(1)).with("full", fullOn));
        }
        m.stage = MembershipStage.FULL;
        m.fullMembershipOn = fullOn;
        if (r.cardNumber() != null) {
            m.cardNumber = r.cardNumber();
        }
        return finish(m, "RECOGNISED", MemberEvents.RECOGNISED_V1, fullOn, r, caller, r.decision(), null,
                null, null);
    }

    @Transactional
    public MembershipResponse transfer(UUID id, TransferRequest r, String ifMatch, Caller caller) {
        PartyMembership m = require(id, ifMatch);
        rules.requireMember(m, "step.transfer");
        rules.notBeforeAdmission("effectiveOn", r.effectiveOn(), m);
        rules.requireUnit("toCellId", r.toCellId());
        if (r.toCellId().equals(m.cellId) || r.toCellId().equals(m.temporaryCellId)) {
            throw ProblemException.invalid("toCellId", ProblemText.of("field.same-cell"));
        }
        UUID from;
        // Any transfer places a member who was waiting after a restructuring (chờ bố trí sinh hoạt).
        m.placementFlaggedAt = null;
        m.placementNote = null;
        m.placementCandidates = null;
        if (r.kind() == TransferKind.TEMPORARY) {
            from = m.temporaryCellId == null ? m.cellId : m.temporaryCellId;
            m.temporaryCellId = r.toCellId();
        } else {
            from = m.cellId;
            m.cellId = r.toCellId();
            m.temporaryCellId = null;
        }
        return finish(m, "TRANSFERRED", MemberEvents.TRANSFERRED_V1, r.effectiveOn(), r, caller, r.decision(),
                r.kind(), from, null);
    }

    @Transactional
    public MembershipResponse changeActivity(UUID id, ActivityRequest r, String ifMatch, Caller caller) {
        PartyMembership m = require(id, ifMatch);
        rules.requireMember(m, "step.activity");
        rules.notBeforeAdmission("effectiveOn", r.effectiveOn(), m);
        if (m.activity == r.activity()) {
            throw ProblemException.invalid("activity", ProblemText.of("field.activity-unchanged")
                    .with("activity", r.activity()));
        }
        m.activity = r.activity();
        return finish(m, "ACTIVITY_CHANGED", MemberEvents.ACTIVITY_CHANGED_V1, r.effectiveOn(), r, caller,
                r.decision(), null, null, null);
    }

    @Transactional
    public MembershipResponse leave(UUID id, LeavingRequest r, String ifMatch, Caller caller) {
        PartyMembership m = require(id, ifMatch);
        rules.requireMember(m, "step.leaving");
        rules.notBeforeAdmission("effectiveOn", r.effectiveOn(), m);
        m.stage = MembershipStage.LEFT;
        m.leftOn = r.effectiveOn();
        m.leaveReason = r.reason();
        return finish(m, "LEFT", MemberEvents.LEFT_V1, r.effectiveOn(), r, caller, r.decision(), null, null,
                r.reason());
    }

    public MembershipResponse get(UUID id) {
        PartyMembership m = find(id);
        return mapper.toResponse(m, nameOf(m));
    }

    public List<MembershipHistory> history(UUID id) {
        find(id);
        return MembershipHistory.of(id);
    }

    private MembershipResponse finish(PartyMembership m, String step, String eventType, LocalDate effectiveOn,
            Object request, Caller caller, Decision decision, TransferKind kind, UUID fromCell, LeaveReason reason) {
        m.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (m.createdAt == null) {
            // Persisted only when complete: a half-filled new row must never reach the database.
            m.createdAt = m.updatedAt;
            m.persist();
        }
        PartyMembership.flush(); // the new version goes into the answer's ETag
        MembershipHistory h = new MembershipHistory();
        h.membershipId = m.id;
        h.step = step;
        h.effectiveOn = effectiveOn;
        h.details = mapper.write(request);
        h.actor = caller.actor();
        h.requestId = caller.requestId();
        h.at = m.updatedAt;
        h.persist();
        String name = nameOf(m);
        outbox.publish(MemberEvents.TOPIC, m.id.toString(), eventType,
                mapper.toEvent(m, name, effectiveOn, decision, kind, fromCell, reason));
        return mapper.toResponse(m, name);
    }

    private PartyMembership require(UUID id, String ifMatch) {
        PartyMembership m = find(id);
        EntityVersions.requireMatch(ifMatch, m.version);
        return m;
    }

    private PartyMembership find(UUID id) {
        return access.reachable(PartyMembership.<PartyMembership>findByIdOptional(id), x -> x.personId,
                "party membership", id);
    }

    private String nameOf(PartyMembership m) {
        return persons.toSummary(Person.findById(m.personId)).fullName();
    }
}
