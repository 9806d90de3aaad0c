package vn.tochuc.org.domain;

/** Whether a unit still exists; a unit that ceased stays readable with its history and lineage. */
public final class OrgUnitStatus {

    public static final String ACTIVE = "ACTIVE";
    public static final String CEASED = "CEASED";

    private OrgUnitStatus() {
    }
}
