package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.orgscope.OrgUnitTree;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;

/**
 * The congress preparation plans of a term, one per party organization: the Java API of the congress feature.
 *
 * <ul>
 *   <li>{@link #create}, {@link #planSubtree} (idempotent: a plan for every party organization of a subtree),
 *       {@link #schedule} (planned date, type, pilot; judged by {@link ScheduleRules}) and {@link #reach} (a
 *       milestone reached) act for the caller of the current request: its org scope decides what it reaches (404
 *       outside), and only the unit above records {@link Milestone#PERSONNEL_PLAN_APPROVED}. The demo loader drives
 *       these through the HTTP API that wraps them ({@code /api/v1/congresses}).</li>
 *   <li>{@link #recordHeld} is org-service's {@code unit.congress-recorded} applied (no caller: the handler).</li>
 *   <li>{@link #closeForCeasedUnit} closes the unheld plans of a unit that ceased (restructuring) and opens plans
 *       for its successors that have none (no caller: the succession feature).</li>
 *   <li>{@link #recompute} re-derives every plan of a term after its rules changed.</li>
 *   <li>{@link #get} and {@link #list} read plans with their unit and rule version; {@link CongressBoard} counts
 *       them per level, which is what the evaluation feature reads.</li>
 * </ul>
 * Every change is audited and published (scheduled, milestone-reached, held) in its transaction.
 */
@ApplicationScoped
public class CongressPlans {

    private static final Logger LOG = Logger.getLogger(CongressPlans.class);
    private static final String ENTITY = "congress-plan";

    private final UnitAccess access;
    private final OrgUnitTree tree;
    private final ScheduleRules schedule;
    private final CongressEvents events;
    private final AuditTrail audit;
    private final BoardCalendar calendar;
    private final EntityManager em;
    private final CongressSchedules schedules;

    CongressPlans(UnitAccess access, OrgUnitTree tree, ScheduleRules schedule, CongressEvents events, AuditTrail audit,
            BoardCalendar calendar, EntityManager em, CongressSchedules schedules) {
        this.access = access;
        this.tree = tree;
        this.schedule = schedule;
        this.events = events;
        this.audit = audit;
        this.calendar = calendar;
        this.em = em;
        this.schedules = schedules;
    }

    /** Opens the plan of a unit in the caller's scope; 409 when the unit already has one for the term. */
    @Transactional
    public PlanDetails create(NewCongressPlan p, Actor actor) {
        OrgUnitView unit = access.requireUnit("orgUnitId", p.unitId());
        RuleBook rules = schedules.book(p.term());
        requireScheduled(unit, rules);
        CongressPlan.<CongressPlan>find("unitId = ?1 and term = ?2", unit.id, p.term()).firstResultOptional()
                .ifPresent(existing -> {
                    throw ProblemException.conflict("congress-plan-exists", ProblemText.of("congress-plan-exists")
                            .with("unit", unit.name).with("plan", existing.id).with("term", p.term()));
                });
        CongressPlan plan = CongressPlan.open(unit.id, p.term(),
                p.congressType() != null ? p.congressType() : rules.defaultType(unit.kind), p.pilot());
        if (p.plannedDate() != null) {
            schedule.check(plan, unit, p.plannedDate(), rules);
            plan.reschedule(p.plannedDate(), null, null);
        }
        plan.derive(rules, unit.kind, calendar.today());
        plan.persist();
        CongressPlan.flush(); // the unique index answers a concurrent duplicate here, as 409; the version goes out
        events.scheduled(plan);
        audit.record(ENTITY, plan.id, "PLANNED", actor, CongressEvents.PlanData.of(plan, null));
        return details(plan, unit);
    }

    /** What planning a subtree did: plans opened, units that had one, units of kinds that hold no congress. */
    public record SubtreePlanning(int created, int alreadyPlanned, int notPartyOrganizations) {
    }

    /**
     * Opens a plan for every active unit of the subtree (the root included) whose kind some rule version of the term
     * schedules. Idempotent: units that have a plan keep it.
     */
    @Transactional
    public SubtreePlanning planSubtree(UUID rootId, String term, Actor actor) {
        access.requireUnit("orgUnitId", rootId);
        RuleBook rules = schedules.book(term);
        requireRules(rules);
        List<OrgUnitView> units = OrgUnitView.list("id in ?1 and status = 'ACTIVE'",
                tree.subtrees(List.of(rootId)));
        List<UUID> planned = em.createQuery("select p.unitId from CongressPlan p where p.term = ?1 and p.unitId "
                + "in ?2", UUID.class).setParameter(1, term)
                .setParameter(2, units.stream().map(u -> u.id).toList()).getResultList();
        LocalDate today = calendar.today();
        List<CongressPlan> created = new ArrayList<>();
        int others = 0;
        for (OrgUnitView unit : units) {
            if (!rules.schedules(unit.kind)) {
                others++;
            } else if (!planned.contains(unit.id)) {
                CongressPlan plan = CongressPlan.open(unit.id, term, rules.defaultType(unit.kind), false);
                plan.derive(rules, unit.kind, today);
                plan.persist();
                created.add(plan);
            }
        }
        CongressPlan.flush();
        events.scheduled(created);
        created.forEach(plan -> audit.record(ENTITY, plan.id, "PLANNED", actor, CongressEvents.PlanData.of(plan,
                null)));
        return new SubtreePlanning(created.size(), planned.size(), others);
    }

    /** Changes the planned date, type or pilot flag of a plan the caller read at {@code ifMatch}. */
    @Transactional
    public PlanDetails schedule(UUID id, String ifMatch, PlanChange change, Actor actor) {
        CongressPlan plan = reachable(id);
        EntityVersions.requireMatch(ifMatch, plan.version);
        plan.requireOpen();
        OrgUnitView unit = unitOf(plan);
        RuleBook rules = schedules.book(plan.term);
        if (change.plannedDate() != null && !change.plannedDate().equals(plan.plannedDate)) {
            schedule.check(plan, unit, change.plannedDate(), rules);
        }
        plan.reschedule(change.plannedDate(), change.congressType(), change.pilot());
        plan.derive(rules, unit.kind, calendar.today());
        CongressPlan.flush();
        events.scheduled(plan);
        audit.record(ENTITY, plan.id, "SCHEDULED", actor, CongressEvents.PlanData.of(plan, null));
        return details(plan, unit);
    }

    /**
     * Records a milestone reached on {@code day} (not after today). The personnel plan is approved by the standing
     * committee above, so only a caller acting for the parent unit (or province-wide) records it.
     */
    @Transactional
    public PlanDetails reach(UUID id, String ifMatch, Milestone milestone, LocalDate day, Integer ordinal,
            Actor actor) {
        CongressPlan plan = reachable(id);
        OrgUnitView unit = unitOf(plan);
        if (milestone == Milestone.PERSONNEL_PLAN_APPROVED && !coversSuperior(unit)) {
            throw new ProblemException(403, "superior-approves", ProblemText.of("superior-approves")
                    .with("unit", unit.name).with("milestone", milestone));
        }
        EntityVersions.requireMatch(ifMatch, plan.version);
        plan.requireOpen();
        if (day.isAfter(calendar.today())) {
            throw ProblemException.invalid("date", ProblemText.of("field.milestone-in-future")
                    .with("today", calendar.today()).with("plan", id));
        }
        RuleBook rules = schedules.book(plan.term);
        LevelRule rule = rules.on(plan.plannedDate != null ? plan.plannedDate : day)
                .flatMap(version -> version.ruleFor(unit.kind)).orElse(null);
        plan.reach(milestone, day, ordinal, rule == null || rule.heldRequiresPersonnel);
        plan.derive(rules, unit.kind, calendar.today());
        CongressPlan.flush();
        if (milestone == Milestone.CONGRESS_HELD) {
            events.held(plan);
        } else {
            events.milestoneReached(plan, milestone);
        }
        audit.record(ENTITY, plan.id, "REACHED_" + milestone, actor, CongressEvents.PlanData.of(plan, milestone));
        return details(plan, unit);
    }

    /**
     * Applies org-service's record of a unit's congress: marks the plan held on {@code day} as the
     * {@code ordinal}-th congress, opening the plan first if the unit has none. A term without rules here is not
     * planned by the Board and is ignored; a record without a date only keeps the ordinal.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordHeld(UUID unitId, String term, LocalDate day, int ordinal) {
        RuleBook rules = schedules.book(term);
        if (rules.versions().isEmpty()) {
            LOG.infof("Congress of unit %s for term %s recorded; no rules of that term here, so no plan", unitId,
                    term);
            return;
        }
        OrgUnitView unit = OrgUnitView.findById(unitId);
        Optional<CongressPlan> existing = CongressPlan.find("unitId = ?1 and term = ?2", unitId, term)
                .firstResultOptional();
        CongressPlan plan = existing.orElseGet(() -> CongressPlan.open(unitId, term,
                unit == null ? null : rules.defaultType(unit.kind), false));
        boolean changed = plan.recordHeld(day, ordinal);
        plan.derive(rules, unit == null ? null : unit.kind, calendar.today());
        if (existing.isEmpty()) {
            plan.persist();
        } else if (!changed) {
            return;
        }
        CongressPlan.flush();
        if (existing.isEmpty()) {
            events.scheduled(plan);
            audit.record(ENTITY, plan.id, "PLANNED", AuditTrail.SYSTEM, CongressEvents.PlanData.of(plan, null));
        }
        if (plan.heldOn != null) {
            events.held(plan);
        }
        audit.record(ENTITY, plan.id, "HELD_RECORDED", AuditTrail.SYSTEM,
                CongressEvents.PlanData.of(plan, Milestone.CONGRESS_HELD));
    }

    /** What a unit's ceasing did to plans: those closed, and those opened for its successors. */
    public record Succession(List<CongressPlan> closed, List<CongressPlan> opened) {
    }

    /**
     * The unit {@code ceasedUnitId} ceased on {@code on} before holding its congress: each of its plans not held is
     * closed with {@code reason}, naming {@code successor} when there is exactly one. Each of {@code successorIds}
     * known to the org read model whose kind the term's rules schedule and that has no plan of that term gets one
     * (the congress it will hold instead). Published (closed, scheduled) and audited as the system. Runs in the
     * caller's transaction, no caller scope.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Succession closeForCeasedUnit(UUID ceasedUnitId, List<UUID> successorIds, LocalDate on, String reason) {
        UUID successor = successorIds.size() == 1 ? successorIds.get(0) : null;
        List<CongressPlan> closed = new ArrayList<>();
        for (CongressPlan plan : CongressPlan.<CongressPlan>list("unitId = ?1 order by term", ceasedUnitId)) {
            if (plan.close(on, reason, successor)) {
                closed.add(plan);
            }
        }
        List<CongressPlan> opened = new ArrayList<>();
        LocalDate today = calendar.today();
        List<OrgUnitView> successors = successorIds.isEmpty() ? List.of()
                : OrgUnitView.list("id in ?1 and status = 'ACTIVE'", successorIds);
        for (String term : closed.stream().map(p -> p.term).distinct().toList()) {
            RuleBook rules = schedules.book(term);
            for (OrgUnitView unit : successors) {
                if (rules.schedules(unit.kind)
                        && CongressPlan.count("unitId = ?1 and term = ?2", unit.id, term) == 0) {
                    CongressPlan plan = CongressPlan.open(unit.id, term, rules.defaultType(unit.kind), false);
                    plan.derive(rules, unit.kind, today);
                    plan.persist();
                    opened.add(plan);
                }
            }
        }
        CongressPlan.flush();
        closed.forEach(plan -> {
            events.closed(plan);
            audit.record(ENTITY, plan.id, "CLOSED", AuditTrail.SYSTEM, CongressEvents.ClosedData.of(plan));
        });
        events.scheduled(opened);
        opened.forEach(plan -> audit.record(ENTITY, plan.id, "PLANNED", AuditTrail.SYSTEM,
                CongressEvents.PlanData.of(plan, null)));
        return new Succession(closed, opened);
    }

    /**
     * Re-derives the deadline and milestone days of every plan of the term from the rules now in force, after a
     * rule version was issued or replaced; each plan that changed is published as scheduled and audited.
     *
     * @return how many plans changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recompute(String term, Actor actor) {
        RuleBook rules = schedules.book(term);
        LocalDate today = calendar.today();
        List<Object[]> rows = em.createQuery("select p, v.kind from CongressPlan p left join OrgUnitView v "
                + "on v.id = p.unitId where p.term = ?1", Object[].class).setParameter(1, term).getResultList();
        List<CongressPlan> changed = new ArrayList<>();
        for (Object[] row : rows) {
            CongressPlan plan = (CongressPlan) row[0];
            if (plan.derive(rules, (String) row[1], today)) {
                changed.add(plan);
            }
        }
        CongressPlan.flush();
        events.scheduled(changed);
        changed.forEach(plan -> audit.record(ENTITY, plan.id, "RECOMPUTED", actor,
                CongressEvents.PlanData.of(plan, null)));
        return changed.size();
    }

    public PlanDetails get(UUID id) {
        CongressPlan plan = reachable(id);
        return details(plan, OrgUnitView.findById(plan.unitId));
    }

    /** Plans in the caller's scope, of the subtree of {@code orgUnitId} when given, by id. */
    public List<PlanDetails> list(UUID orgUnitId, String term, UUID afterId, int limit) {
        Collection<UUID> units = access.unitsOrAll();
        if (orgUnitId != null) {
            if (!access.covers(orgUnitId) || OrgUnitView.findById(orgUnitId) == null) {
                throw ProblemException.notFound("org unit", orgUnitId);
            }
            units = tree.subtrees(List.of(orgUnitId));
        }
        Filters filters = new Filters().and("unitId in :units", "units", units).and("term = :term", "term", term)
                .and("id > :after", "after", afterId);
        List<CongressPlan> plans = CongressPlan.<CongressPlan>find(filters.where() + " order by id", filters.params())
                .page(0, limit + 1).list();
        Map<UUID, OrgUnitView> unitViews = byId(OrgUnitView.list("id in ?1",
                plans.stream().map(p -> p.unitId).distinct().toList()), u -> u.id);
        Map<UUID, CongressRuleSet> versions = new HashMap<>();
        plans.stream().map(p -> p.term).distinct()
                .forEach(planTerm -> schedules.versions(planTerm).forEach(v -> versions.put(v.id, v)));
        return plans.stream().map(p -> new PlanDetails(p, unitViews.get(p.unitId),
                p.ruleVersionId == null ? null : versions.get(p.ruleVersionId))).toList();
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private CongressPlan reachable(UUID id) {
        return access.reachable(CongressPlan.<CongressPlan>findByIdOptional(id), p -> List.of(p.unitId),
                "congress plan", id);
    }

    private boolean coversSuperior(OrgUnitView unit) {
        return access.unlimited() || (unit.parentId != null && access.covers(unit.parentId));
    }

    private static OrgUnitView unitOf(CongressPlan plan) {
        OrgUnitView unit = OrgUnitView.findById(plan.unitId);
        if (unit == null) {
            throw new ProblemException(409, "unit-unknown", ProblemText.of("unit-unknown").with("unit", plan.unitId));
        }
        return unit;
    }

    private static void requireRules(RuleBook rules) {
        if (rules.versions().isEmpty()) {
            throw new ProblemException(422, "no-congress-rules", ProblemText.of("no-congress-rules")
                    .with("term", rules.term()).with("rule", CongressSchedules.code(rules.term())));
        }
    }

    private static void requireScheduled(OrgUnitView unit, RuleBook rules) {
        requireRules(rules);
        if (!rules.schedules(unit.kind)) {
            throw new ProblemException(422, "no-congress-for-level", ProblemText.of("no-congress-for-level")
                    .with("term", rules.term()).with("kind", unit.kind).with("unit", unit.name));
        }
    }

    private PlanDetails details(CongressPlan plan, OrgUnitView unit) {
        return new PlanDetails(plan, unit, plan.ruleVersionId == null ? null
                : schedules.find(plan.ruleVersionId).orElse(null));
    }
}
