package vn.tochuc.task.congress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.rules.RuleCitation;
import vn.tochuc.platform.rules.RuleVersion;

/**
 * One version of a term's congress schedule rules as this feature reads it: a platform-rules version of
 * task.congress-schedule.&lt;term&gt; (deadlines per level, the order of levels and the lead times in its values, the
 * text in its basis), with what the older API called it. Never edited: a correction is a later-recorded version of
 * the same rule with the same validFrom, which replaces (supersedes) it.
 */
public class CongressRuleSet {

    /** The values of a version: its name and its rule per kind of unit. */
    public record Values(String name, List<LevelRule> levels) {
    }

    public final UUID id;
    public final String term;
    public final String name;
    /** The number and symbol of the document the rules rest on, e.g. 45-CT/TW. */
    public final String basisNumber;
    public final LocalDate basisDate;
    /** Which articles or passages, as the Board cites them (the version's note). */
    public final String basisNote;
    public final LocalDate validFrom;
    public final LocalDate validTo;
    public final RuleSetStatus status;
    public final UUID replacesId;
    public final UUID replacedById;
    public final List<LevelRule> levels;
    /** 0 while in force, 1 once replaced: the ETag a correction names in If-Match. */
    public final long version;
    public final boolean toConfirm;
    /** How answers name the version: "45-CT/TW (2025-04-14) (to confirm)". */
    public final String citation;
    public final OffsetDateTime updatedAt;

    CongressRuleSet(RuleVersion v, String term, Values values, UUID replacesId, RuleVersion replacedBy) {
        this.id = v.id;
        this.term = term;
        this.name = values.name();
        this.basisNumber = v.basisDocument;
        this.basisDate = v.basisIssuedOn;
        this.basisNote = v.note;
        this.validFrom = v.validFrom;
        this.validTo = v.validTo;
        this.status = replacedBy == null ? RuleSetStatus.IN_FORCE : RuleSetStatus.REPLACED;
        this.replacesId = replacesId;
        this.replacedById = replacedBy == null ? null : replacedBy.id;
        this.levels = values.levels() == null ? List.of() : values.levels();
        this.version = replacedBy == null ? 0 : 1;
        this.toConfirm = v.toConfirm;
        this.citation = RuleCitation.of(v).text();
        this.updatedAt = replacedBy == null ? v.recordedAt : replacedBy.recordedAt;
    }

    /** Only a version in force can be replaced: a correction of a correction replaces the latest one. */
    void requireInForce() {
        if (status != RuleSetStatus.IN_FORCE) {
            throw ProblemException.conflict("already-replaced", ProblemText.of("already-replaced.rule")
                    .with("version", label()).with("id", id).with("by", replacedById));
        }
    }

    public Optional<LevelRule> ruleFor(String unitKind) {
        return levels.stream().filter(rule -> rule.unitKind.equals(unitKind)).findFirst();
    }

    /** In force on {@code day} by its own dates (the next version's start is the book's business). */
    boolean covers(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** How answers name the version: its document and date, e.g. "45-CT/TW (2025-04-14)". */
    public String label() {
        return basisNumber + " (" + basisDate + ")";
    }
}
