package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.PolicyCase;
import vn.tochuc.cadre.domain.PolicyCaseStatus;
import vn.tochuc.cadre.domain.PolicyCaseStep;
import vn.tochuc.cadre.mapping.JsonColumns;
import vn.tochuc.cadre.mapping.PolicyCaseMapper;
import vn.tochuc.cadre.rest.PolicyCaseRequest;
import vn.tochuc.cadre.rest.PolicyCaseResponse;
import vn.tochuc.cadre.rest.PolicyCaseStepRequest;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.EntityVersions;

/**
 * Proposes policy cases and moves them through their workflow. Each change writes the case, its step and the
 * person's audit row in one transaction. No event is published: see docs/decisions.md, "Policy cases".
 */
@ApplicationScoped
public class PolicyCaseService {

    private final PolicyCaseRules rules;
    private final PolicyCaseMapper mapper;
    private final JsonColumns json;
    private final AuditTrail audit;
    private final PersonAccess access;

    PolicyCaseService(PolicyCaseRules rules, PolicyCaseMapper mapper, JsonColumns json, AuditTrail audit,
            PersonAccess access) {
        this.access = access;
        this.rules = rules;
        this.mapper = mapper;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public PolicyCaseResponse propose(PolicyCaseRequest r, Caller caller) {
        rules.proposable(r);
        PolicyCase c = new PolicyCase();
        c.id = UUID.randomUUID();
        c.personId = r.personId();
        c.kind = r.kind();
        c.legalBasis = r.legalBasis();
        c.proposedDate = r.proposedDate();
        c.status = PolicyCaseStatus.PROPOSED;
        c.statusOn = r.proposedOn();
        c.note = r.note();
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.updatedAt = c.createdAt;
        c.persist();
        step(c, null, r.proposedOn(), null, r.note(), caller);
        PolicyCase.flush(); // the version goes into the answer's ETag
        PolicyCaseResponse after = mapper.toResponse(c);
        audit.record(c.personId, "POLICY_PROPOSED", caller, null, snapshot(after));
        return after;
    }

    @Transactional
    public PolicyCaseResponse move(UUID id, PolicyCaseStepRequest r, String ifMatch, Caller caller) {
        PolicyCase c = find(id);
        EntityVersions.requireMatch(ifMatch, c.version);
        rules.requireStep(c, r);
        PolicyCaseResponse before = mapper.toResponse(c);
        PolicyCaseStatus from = c.status;
        c.status = r.status();
        c.statusOn = r.on();
        if (r.status() == PolicyCaseStatus.APPROVED) {
            c.decision = json.write(r.decision());
        }
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        step(c, from, r.on(), r.decision(), r.note(), caller);
        PolicyCase.flush();
        PolicyCaseResponse after = mapper.toResponse(c);
        audit.record(c.personId, "POLICY_" + r.status(), caller, snapshot(before), snapshot(after));
        return after;
    }

    public PolicyCaseResponse get(UUID id) {
        return mapper.toResponse(find(id));
    }

    private void step(PolicyCase c, PolicyCaseStatus from, LocalDate on, Decision decision, String note,
            Caller caller) {
        PolicyCaseStep s = new PolicyCaseStep();
        s.id = UUID.randomUUID();
        s.caseId = c.id;
        s.fromStatus = from;
        s.toStatus = c.status;
        s.onDate = on;
        s.decision = json.write(decision);
        s.note = note;
        s.actor = caller.actor();
        s.at = c.updatedAt;
        s.persist();
    }

    private PolicyCase find(UUID id) {
        return access.reachable(PolicyCase.<PolicyCase>findByIdOptional(id), x -> x.personId, "policy case", id);
    }

    /** The person's audit trail names the case, so one person's rows tell their cases apart. */
    private static Map<String, Object> snapshot(PolicyCaseResponse c) {
        return Map.of("policyCase:" + c.id(), c);
    }
}
