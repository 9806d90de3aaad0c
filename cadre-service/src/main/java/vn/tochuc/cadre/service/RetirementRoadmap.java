package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.RetirementAge;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.platform.rules.RuleCitation;
import vn.tochuc.platform.rules.RuleTimeline;
import vn.tochuc.platform.rules.Rules;

/**
 * The statutory retirement day of a person by the rule cadre.retirement-age: each month is judged by the version in
 * force in it (on its last day, the day one would retire), and the answer names the version that set the day.
 */
@ApplicationScoped
public class RetirementRoadmap {

    public static final String RULE = "cadre.retirement-age";

    /** Where the roadmap puts a person: the month the age is reached, that age, and the version that asks it. */
    public record Retirement(YearMonth month, int ageMonths, RuleCitation rule) {

        /** Thời điểm nghỉ hưu: the last day of the month the age is reached. */
        public LocalDate retiresOn() {
            return month.atEndOfMonth();
        }

        /** Thời điểm hưởng lương hưu: the first day of the next month. */
        public LocalDate pensionFrom() {
            return month.plusMonths(1).atDay(1);
        }

        /** How an answer names the basis: "Statutory age under 45/2019/QH14 (2019-11-20), Điều 169, …". */
        public String basis() {
            return "Statutory age under " + rule.text();
        }
    }

    /** Every version of the rule, read once: the ages month by month, for one person or a whole cohort. */
    public static final class Ages {
        private final RuleTimeline<RetirementAge> versions;

        Ages(RuleTimeline<RetirementAge> versions) {
            this.versions = versions;
        }

        public Retirement of(Sex sex, PartialDate born) {
            YearMonth month = RetirementAge.month(sex, born, this::inForceIn);
            Rules.InForce<RetirementAge> version = versions.at(month.atEndOfMonth());
            return new Retirement(month, version.values().monthsIn(sex, month.getYear()), version.citation());
        }

        /** The retirement age asked in a month, in months. */
        public int monthsIn(Sex sex, YearMonth month) {
            return inForceIn(month).monthsIn(sex, month.getYear());
        }

        private RetirementAge inForceIn(YearMonth month) {
            return versions.at(month.atEndOfMonth()).values();
        }
    }

    private final Rules rules;

    RetirementRoadmap(Rules rules) {
        this.rules = rules;
    }

    public Ages ages() {
        return new Ages(rules.timeline(RULE, RetirementAge.class));
    }

    public Retirement of(Sex sex, PartialDate born) {
        return ages().of(sex, born);
    }
}
