package vn.tochuc.task.reporting;

/** Where a report obligation stands in the exchange between the reporting unit and the requesting level. */
public enum ObligationStatus {
    /** Nothing submitted yet. */
    DUE,
    /** Submitted, waiting for the requesting level's review. */
    SUBMITTED,
    /** Returned for correction with a reason; the unit submits again. */
    RETURNED,
    /** Accepted by the requesting level: closed. */
    ACCEPTED,
    /** The requesting level excused the unit from this period's report; kept on record, not counted. */
    WAIVED,
    /** The requesting level withdrew the obligation (made in error); kept on record, not counted, removed from devices. */
    CANCELLED;

    /** Whether the unit still owes a report (or a corrected one). */
    boolean open() {
        return this == DUE || this == RETURNED || this == SUBMITTED;
    }
}
