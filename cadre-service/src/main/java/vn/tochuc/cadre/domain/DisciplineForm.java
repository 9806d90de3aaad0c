package vn.tochuc.cadre.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Forms of discipline (hình thức kỷ luật). Which ones a decision may take depends on the subject: see
 * {@link #allowedFor}. Salary-step demotion and demotion stay for old civil-service records only.
 */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức: also ends the person's appointments. */
    REMOVAL_FROM_POST,
    /** Khai trừ (party only). */
    EXPULSION,
    /** Buộc thôi việc (civil service only). */
    DISMISSAL,
    /** Hạ bậc lương: civil service, decisions before 1 July 2025 only. */
    SALARY_STEP_DEMOTION,
    /** Giáng chức: civil service, decisions before 1 July 2025 only. */
    DEMOTION;

    /** The amended Law on Cadres and Civil Servants (2025) takes effect: two forms are no longer issued. */
    public static final LocalDate CIVIL_SERVICE_REFORM = LocalDate.of(2025, 7, 1);

    /**
     * Điều lệ Đảng (Điều 35): a member may be reprimanded, warned, removed from post or expelled; a probationary
     * member only reprimanded or warned. Civil servants from 1 July 2025: reprimand, warning, removal, dismissal;
     * before that also salary-step demotion and demotion.
     */
    public static Set<DisciplineForm> allowedFor(DisciplineSystem system, boolean probationary, LocalDate decidedOn) {
        if (system == DisciplineSystem.PARTY) {
            return probationary ? EnumSet.of(REPRIMAND, WARNING)
                    : EnumSet.of(REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION);
        }
        return decidedOn.isBefore(CIVIL_SERVICE_REFORM)
                ? EnumSet.of(REPRIMAND, WARNING, SALARY_STEP_DEMOTION, DEMOTION, REMOVAL_FROM_POST, DISMISSAL)
                : EnumSet.of(REPRIMAND, WARNING, REMOVAL_FROM_POST, DISMISSAL);
    }
}
