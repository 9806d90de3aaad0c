package vn.tochuc.task.reporting;

/** Which units below the requesting unit must report. */
public enum ReportAudience {
    /** Every active unit of one kind in the requesting unit's subtree (e.g. all district party committees). */
    ALL_OF_KIND,
    /** The units the schedule lists, each in the requesting unit's subtree. */
    LISTED
}
