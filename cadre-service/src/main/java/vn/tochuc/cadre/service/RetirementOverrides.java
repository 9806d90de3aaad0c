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
import vn.tochuc.cadre.domain.RetirementOverride;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.rest.RetirementOverrideRequest;
import vn.tochuc.platform.problem.Problem.FieldError;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.rules.Rules;

/**
 * Retirement by decision: a person retires earlier than the roadmap (Decree 135/2020 art. 5) or later (e.g. listed
 * female leaders, Decree 83/2022), on a ground of the rule cadre.retirement-overrides in force on the decision's
 * date, within the months it allows, counted from the statutory day of the rule cadre.retirement-age
 * ({@link RetirementRoadmap}). The decision keeps both versions and their citations; the forecast takes the latest
 * decision of a person over the roadmap.
 */
@ApplicationScoped
public class RetirementOverrides {

    public static final String RULE = "cadre.retirement-overrides";

    /** The values of cadre.retirement-overrides: the grounds a decision may rest on. */
    public record Values(List<Ground> grounds) {
    }

    /**
     * One ground: its kind, the sex it is for (null: both), how many months earlier than the roadmap at most (EARLY),
     * how many months later at most and up to which age (LATER; null: no such limit).
     */
    public record Ground(String code, RetirementOverride.Kind kind, Sex sex, Integer maxMonthsEarlier,
            Integer maxMonthsLater, Integer maxAgeMonths, String description) {
    }

    private final PersonAccess access;
    private final Rules rules;
    private final RetirementRoadmap roadmaps;
    private final AuditTrail audit;

    RetirementOverrides(PersonAccess access, Rules rules, RetirementRoadmap roadmaps, AuditTrail audit) {
        this.access = access;
        this.rules = rules;
        this.roadmaps = roadmaps;
        this.audit = audit;
    }

    @Transactional
    public RetirementOverride record(RetirementOverrideRequest r, Caller caller) {
        if (r.decidedOn().isAfter(LocalDate.now())) {
            throw ProblemException.invalid("decidedOn", "is in the future (today is " + LocalDate.now() + "); record "
                    + "a decision once it is made");
        }
        Person person = access.find(r.personId());
        if (person == null) {
            throw new ProblemException(422, "unknown-reference", "No person has id " + r.personId() + " in the org "
                    + "units you act for.", List.of(new FieldError("personId", "is not a person on record")));
        }
        Rules.InForce<Values> rule = rules.read(RULE, r.decidedOn(), Values.class);
        String cited = rule.citation().text();
        Ground ground = rule.values().grounds().stream().filter(g -> g.code().equals(r.ground())).findFirst()
                .orElseThrow(() -> new ProblemException(422, "retirement-ground-not-allowed", "Ground " + r.ground()
                        + " is not one of " + cited + ", in force on " + r.decidedOn() + ": "
                        + rule.values().grounds().stream().map(Ground::code).toList() + ".",
                        List.of(new FieldError("ground", "is not a ground of the version in force on the decision's "
                                + "date"))));
        if (ground.kind() != r.kind()) {
            throw refused("kind", "Ground " + ground.code() + " of " + cited + " is for " + ground.kind()
                    + " retirement, not " + r.kind() + ".");
        }
        if (ground.sex() != null && ground.sex() != person.sex) {
            throw refused("ground", "Ground " + ground.code() + " of " + cited + " is for " + ground.sex()
                    + " persons only; the person is " + person.sex + ".");
        }
        RetirementRoadmap.Retirement statutory = roadmaps.of(person.sex, person.dateOfBirth());
        LocalDate roadmap = statutory.retiresOn();
        String roadmapCited = statutory.rule().text();
        if (r.kind() == RetirementOverride.Kind.EARLY) {
            LocalDate earliest = ground.maxMonthsEarlier() == null ? null
                    : roadmap.minusMonths(ground.maxMonthsEarlier()).withDayOfMonth(1);
            if (!r.retiresOn().isBefore(roadmap)) {
                throw refused("retiresOn", "An early retirement must come before the statutory day " + roadmap
                        + " (" + roadmapCited + "); " + r.retiresOn() + " does not.");
            }
            if (earliest != null && r.retiresOn().isBefore(earliest)) {
                throw refused("retiresOn", "Under " + cited + " ground " + ground.code() + " allows retiring at most "
                        + ground.maxMonthsEarlier() + " months before the statutory day " + roadmap + ", so not "
                        + "before " + earliest + "; " + r.retiresOn() + " is earlier.");
            }
        } else {
            if (!r.retiresOn().isAfter(roadmap)) {
                throw refused("retiresOn", "A later retirement must come after the statutory day " + roadmap
                        + " (" + roadmapCited + "); " + r.retiresOn() + " does not.");
            }
            LocalDate latest = null;
            if (ground.maxMonthsLater() != null) {
                latest = roadmap.plusMonths(ground.maxMonthsLater()).withDayOfMonth(1).plusMonths(1).minusDays(1);
            }
            if (ground.maxAgeMonths() != null) {
                LocalDate byAge = person.dateOfBirth().latest().plusMonths(ground.maxAgeMonths()).withDayOfMonth(1)
                        .plusMonths(1).minusDays(1);
                latest = latest == null || byAge.isBefore(latest) ? byAge : latest;
            }
            if (latest != null && r.retiresOn().isAfter(latest)) {
                throw refused("retiresOn", "Under " + cited + " ground " + ground.code() + " allows retiring at the "
                        + "latest on " + latest + " (statutory day " + roadmap + "); " + r.retiresOn() + " is later.");
            }
        }
        RetirementOverride o = new RetirementOverride();
        o.id = UUID.randomUUID();
        o.personId = person.id;
        o.kind = r.kind();
        o.ground = ground.code();
        o.retiresOn = r.retiresOn();
        o.roadmapDate = roadmap;
        o.roadmapRuleVersionId = statutory.rule().versionId();
        o.roadmapBasis = roadmapCited;
        o.decisionNumber = r.decisionNumber().strip();
        o.decidedOn = r.decidedOn();
        o.decidedBy = blankToNull(r.decidedBy());
        o.ruleVersionId = rule.version().id;
        o.basis = cited;
        o.toConfirm = rule.version().toConfirm;
        o.note = blankToNull(r.note());
        o.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        o.recordedBy = caller.actor();
        o.requestId = caller.requestId();
        o.persist();
        audit.record(person.id, "RETIREMENT_DECIDED", caller, null, Map.of("retirementOverride:" + o.id,
                Map.of("kind", o.kind.name(), "ground", o.ground, "retiresOn", o.retiresOn.toString(),
                        "decisionNumber", o.decisionNumber, "basis", o.basis)));
        return o;
    }

    /** The decisions of a person the caller may reach, latest (the one in effect) first. */
    public List<RetirementOverride> of(UUID personId) {
        access.require(personId);
        return RetirementOverride.of(personId);
    }

    private static ProblemException refused(String field, String detail) {
        return new ProblemException(422, "retirement-override-not-allowed", detail,
                List.of(new FieldError(field, detail)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
