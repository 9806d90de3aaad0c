package vn.tochuc.cadre.domain;

/**
 * Forms of discipline (hình thức kỷ luật). Which ones a decision may take depends on the subject and the date: the
 * rule cadre.discipline-forms.&lt;system&gt; in force on the decision's date says (DisciplineRules). Salary-step
 * demotion and demotion stay for civil-service records before 1 July 2025.
 */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức: only for someone holding a post; also ends the person's appointments. */
    REMOVAL_FROM_POST,
    /** Khai trừ (party only). */
    EXPULSION,
    /** Buộc thôi việc (civil servants only). */
    DISMISSAL,
    /** Bãi nhiệm (cadres only). */
    RECALL,
    /** Hạ bậc lương: civil service, decisions before 1 July 2025 only. */
    SALARY_STEP_DEMOTION,
    /** Giáng chức: civil service, decisions before 1 July 2025 only. */
    DEMOTION
}
