package vn.tochuc.org.domain;

/** Whether a unit exists today; a unit that ceased stays readable with its history. */
public final class OrgUnitStatus {

    public static final String ACTIVE = "ACTIVE";

    private OrgUnitStatus() {
    }
}
