package vn.tochuc.task.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.period.Period;

/** A target (chỉ tiêu) of a source document, owned by a unit and measured by the units of its subtree. */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    /** e.g. 2020-2025; its first and last years bound the periods that can be measured. */
    @Column(nullable = false)
    public String term;

    @Column(name = "term_first_year", nullable = false)
    public int termFirstYear;

    @Column(name = "term_last_year", nullable = false)
    public int termLastYear;

    @Column(name = "term_target", nullable = false)
    public BigDecimal termTarget;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_year", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "value", nullable = false)
    public Map<Integer, BigDecimal> yearlyTargets = new TreeMap<>();

    @Column(name = "owner_unit_id", nullable = false)
    public UUID ownerUnitId;

    /** The owner before the target first passed to a successor unit (null: it never did). */
    @Column(name = "original_owner_unit_id")
    public UUID originalOwnerUnitId;

    /** The day the present owner took the target over from a unit that ceased (null: it owned it from the start). */
    @Column(name = "owner_since")
    public LocalDate ownerSince;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A new target over {@code term}, whose years (first to last) are written {@code firstYear-lastYear}. */
    static Target define(NewTarget t, String term) {
        int[] years = termYears(term);
        Target target = new Target();
        target.id = UUID.randomUUID();
        target.documentId = t.documentId();
        target.code = t.code().strip();
        target.name = t.name().strip();
        target.unitOfMeasure = t.unitOfMeasure().strip();
        target.direction = t.direction();
        target.aggregation = t.aggregation();
        target.term = term;
        target.termFirstYear = years[0];
        target.termLastYear = years[1];
        target.ownerUnitId = t.ownerUnitId();
        target.baseline(t.baselineYear(), t.baselineValue());
        target.retarget(t.termTarget(), t.yearlyTargets());
        target.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        target.updatedAt = target.createdAt;
        return target;
    }

    /** New term and yearly targets (điều chỉnh chỉ tiêu); every year named must lie in the term. */
    void retarget(BigDecimal newTermTarget, Map<Integer, BigDecimal> newYearlyTargets) {
        Map<Integer, BigDecimal> yearly = newYearlyTargets == null ? Map.of() : newYearlyTargets;
        for (Integer year : yearly.keySet()) {
            if (year == null || year < termFirstYear || year > termLastYear) {
                throw ProblemException.invalid("yearlyTargets", ProblemText.of("field.year-outside-term")
                        .with("year", year).with("term", term).with("first", termFirstYear).with("last", termLastYear));
            }
            if (yearly.get(year) == null) {
                throw ProblemException.invalid("yearlyTargets", ProblemText.of("field.no-value-for")
                        .with("year", year));
            }
        }
        termTarget = Aggregation.kept(newTermTarget);
        yearlyTargets.clear();
        yearly.forEach((year, value) -> yearlyTargets.put(year, Aggregation.kept(value)));
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * The owning unit ceased; {@code successor} owns the target from {@code on}. The figures stay as they were
     * measured (history of the units that measured them); the first owner stays on record.
     */
    void passTo(UUID successor, LocalDate on) {
        if (successor.equals(ownerUnitId)) {
            throw ProblemException.conflict("same-owner", ProblemText.of("same-owner").with("target", code)
                    .with("unit", UnitAccess.nameOf(successor)));
        }
        originalOwnerUnitId = originalOwnerUnitId == null ? ownerUnitId : originalOwnerUnitId;
        ownerUnitId = successor;
        ownerSince = on;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Whether a figure may be measured for the period: it must lie within the years of the term. */
    void requireWithinTerm(String field, Period period) {
        if (!period.within(termFirstYear, termLastYear)) {
            throw new ProblemException(422, "period-outside-term", ProblemText.of("period-outside-term")
                    .with("period", period.code()).with("field", field).with("term", term).with("target", code)
                    .with("first", termFirstYear).with("last", termLastYear));
        }
    }

    private void baseline(Integer year, BigDecimal value) {
        if ((year == null) != (value == null)) {
            throw ProblemException.invalid(year == null ? "baselineYear" : "baselineValue",
                    ProblemText.of("field.baseline-pair"));
        }
        if (year != null && year > termLastYear) {
            throw ProblemException.invalid("baselineYear", ProblemText.of("field.baseline-after-term")
                    .with("term", term));
        }
        baselineYear = year;
        baselineValue = Aggregation.kept(value);
    }

    private static int[] termYears(String term) {
        int first = Integer.parseInt(term.substring(0, 4));
        int last = Integer.parseInt(term.substring(5, 9));
        if (first > last || first < 1930 || last > 2200) {
            throw ProblemException.invalid("term", ProblemText.of("field.term-years"));
        }
        return new int[] {first, last};
    }
}
