package vn.tochuc.task.congress;

/** The steps of a congress's preparation the Board follows, in the order they happen. */
public enum Milestone {
    /** The unit's standing committee (or cell) adopts the plan for its congress. */
    PLAN_APPROVED,
    /** The political report and the review of the committee are drafted. */
    DOCUMENTS_DRAFTED,
    /** The standing committee of the level above approves the personnel plan; only the superior records it. */
    PERSONNEL_PLAN_APPROVED,
    CONGRESS_HELD
}
