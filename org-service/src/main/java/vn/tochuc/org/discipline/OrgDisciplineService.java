package vn.tochuc.org.discipline;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.CaseType;
import vn.tochuc.org.domain.Decision;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.domain.RestructuringCase;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.rest.RestructuringCaseRequest;
import vn.tochuc.org.rules.OrgRule;
import vn.tochuc.org.rules.OrgRules;
import vn.tochuc.org.service.RestructuringCaseService;
import vn.tochuc.org.service.StructureRules;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.web.Page;
import vn.tochuc.platform.web.PageTokens;

/**
 * Discipline of party organizations. org-service owns the units, so it owns their discipline too: a disbandment
 * (giải tán) ends the unit, and only the restructuring path ends units (positions closed, lineage, events).
 */
@ApplicationScoped
public class OrgDisciplineService {

    private final OrgRules rules;
    private final StructureRules structure;
    private final OrgTreeRepository tree;
    private final RestructuringCaseService cases;
    private final Outbox outbox;

    OrgDisciplineService(OrgRules rules, StructureRules structure, OrgTreeRepository tree,
            RestructuringCaseService cases, Outbox outbox) {
        this.rules = rules;
        this.structure = structure;
        this.tree = tree;
        this.cases = cases;
        this.outbox = outbox;
    }

    /**
     * Records a decision judged by the forms rule in force on the day it was decided; a disbandment also drafts and
     * approves the case that dissolves the unit on the effective date (at once when that date has come).
     */
    @Transactional
    public OrgDiscipline decide(OrgDisciplineRequest request) {
        LocalDate effective = request.effectiveDate() == null ? request.decidedOn() : request.effectiveDate();
        if (effective.isBefore(request.decidedOn())) {
            throw ProblemException.invalid("effectiveDate", ProblemText.of("field.not-before-decided")
                    .with("date", request.decidedOn()));
        }
        structure.requirePlausibleDate("decidedOn", request.decidedOn());
        if (request.decidedOn().isAfter(LocalDate.now())) {
            throw ProblemException.invalid("decidedOn", ProblemText.of("field.decided-in-future"));
        }
        structure.requireExistingOn("unitId", request.unitId(), request.decidedOn());
        OrgUnitSnapshot unit = tree.unit(request.unitId(), request.decidedOn()).orElseThrow();
        OrgRule version = rules.require(OrgRules.DISCIPLINE_FORMS, request.decidedOn());
        requireSubject(unit, version, request.decidedOn());
        JsonNode form = requireForm(request.form(), version, request.decidedOn());
        if (OrgDiscipline.count("lower(decisionIssuer) = lower(?1) and lower(decisionNumber) = lower(?2)",
                request.decisionIssuer().strip(), request.decisionNumber().strip()) > 0) {
            throw ProblemException.conflict("duplicate-decision", ProblemText.of("duplicate-decision.org")
                    .with("number", request.decisionNumber()).with("issuer", request.decisionIssuer())
                    .with("unit", request.unitId()));
        }
        OrgDiscipline d = OrgDiscipline.decide(unit.id(), request.form(), request.decidedOn(), effective,
                request.decisionNumber().strip(), request.decisionIssuer().strip(), request.reason().strip(), version);
        d.persist();
        if (form.path("dissolves").asBoolean()) {
            RestructuringCase dissolution = cases.createApproved(new RestructuringCaseRequest(CaseType.DISSOLVE,
                    "Giải tán " + unit.name() + " (kỷ luật, " + d.decisionNumber + ")", effective,
                    new Decision(d.decisionNumber, d.decidedOn, d.decisionIssuer), unit.id(), null, null, null, null,
                    null, null, null, request.childPlacements()));
            d.dissolvedBy(dissolution.id);
        } else if (request.childPlacements() != null && !request.childPlacements().isEmpty()) {
            throw ProblemException.invalid("childPlacements", ProblemText.of("field.placements-need-disbandment"));
        }
        OrgDiscipline.flush();
        outbox.publish(OrgDisciplineEvents.TOPIC, unit.id().toString(), OrgDisciplineEvents.DISCIPLINED_V1,
                new OrgDisciplineEvents.DisciplinedV1(d.id, d.unitId, unit.code(), d.form, d.decidedOn,
                        d.effectiveDate, d.decisionNumber, d.decisionIssuer, d.ruleVersionId, d.ruleCitation,
                        d.ruleToConfirm, d.dissolutionCaseId));
        return d;
    }

    public OrgDiscipline get(UUID id) {
        return OrgDiscipline.<OrgDiscipline>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("org discipline decision", id));
    }

    /** The register: by decision date, optionally of one unit, a page at a time. */
    public Page<OrgDiscipline> list(UUID unitId, String limit, String pageToken) {
        if (unitId != null && OrgUnit.findById(unitId) == null) {
            throw ProblemException.notFound("org unit", unitId);
        }
        int size = PageTokens.limit(limit);
        List<String> after = PageTokens.decode(pageToken, 2);
        Filters filters = new Filters().and("unitId = :unitId", "unitId", unitId)
                .after("decidedOn", after.isEmpty() ? null : PageTokens.part(after.get(0), LocalDate::parse),
                        after.isEmpty() ? null : PageTokens.part(after.get(1), UUID::fromString));
        List<OrgDiscipline> rows = OrgDiscipline.<OrgDiscipline>find(filters.orderedBy("decidedOn"), filters.params())
                .page(0, size + 1).list();
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        OrgDiscipline last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), PageTokens.encode(last.decidedOn.toString(), last.id.toString()));
    }

    private static void requireSubject(OrgUnitSnapshot unit, OrgRule version, LocalDate date) {
        OrgUnitKind kind = OrgUnitKind.findById(unit.kind());
        List<String> categories = new ArrayList<>();
        version.values().path("subjectCategories").forEach(c -> categories.add(c.asText()));
        if (kind == null || !categories.contains(kind.category)) {
            throw new ProblemException(422, "not-a-party-organization", ProblemText.of("not-a-party-organization")
                    .with("unit", unit.name()).with("code", unit.code())
                    .with("kind", kind == null ? unit.kind() : unit.kind() + " (" + kind.category + ")")
                    .with("date", date).with("categories", String.join(", ", categories))
                    .with("rule", version.citeText()));
        }
    }

    private static JsonNode requireForm(String code, OrgRule version, LocalDate date) {
        List<String> allowed = new ArrayList<>();
        for (JsonNode form : version.values().path("forms")) {
            if (form.path("code").asText().equals(code)) {
                return form;
            }
            allowed.add(form.path("code").asText());
        }
        throw new ProblemException(422, "form-not-allowed", ProblemText.of("form-not-allowed.org").with("form", code)
                .with("date", date).with("rule", version.citeText()).with("allowed", String.join(", ", allowed)));
    }

}
