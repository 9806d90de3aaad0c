package vn.tochuc.platform.security;

import java.util.List;
import java.util.Set;

/**
 * The roles a token's {@code groups} claim may carry. A token may carry several: a Board officer who also keeps the
 * political-protection files carries both {@link #BOARD_OFFICER} and {@link #PROTECTION_OFFICER}.
 */
public final class Roles {

    /** Runs the system: reference data, imports; province-wide. (Quản trị hệ thống) */
    public static final String ADMINISTRATOR = "administrator";
    /** Staff of the provincial Organization Board; acts for the whole province. (Chuyên viên Ban Tổ chức) */
    public static final String BOARD_OFFICER = "board-officer";
    /** Organization officer of one unit (a district or city committee, an agency); limited to its org units. */
    public static final String UNIT_OFFICER = "unit-officer";
    /** Reads within its org units; sensitive fields hidden. */
    public static final String VIEWER = "viewer";
    /** Another provincial system: reads APIs and events within its org units; sensitive fields hidden. */
    public static final String INTEGRATOR = "integrator";
    /**
     * Keeps internal political-protection notes (bảo vệ chính trị nội bộ). An add-on, never a role of its own: held
     * with one of {@link #BASE}, it adds the notes (and, for that other role's records, the sensitive fields and the
     * confidential assessments); held alone it reads and writes nothing, not even a CV or a note.
     */
    public static final String PROTECTION_OFFICER = "protection-officer";

    /** Every role, in a stable order (for records of who read what). */
    public static final List<String> ALL = List.of(ADMINISTRATOR, BOARD_OFFICER, UNIT_OFFICER, VIEWER, INTEGRATOR,
            PROTECTION_OFFICER);
    /** The roles that reach records by themselves; every caller needs one (see {@link #PROTECTION_OFFICER}). */
    public static final Set<String> BASE = Set.of(ADMINISTRATOR, BOARD_OFFICER, UNIT_OFFICER, VIEWER, INTEGRATOR);
    /** Their tokens act for the whole province, whatever org units they name. */
    public static final Set<String> PROVINCE_WIDE = Set.of(ADMINISTRATOR, BOARD_OFFICER);
    /**
     * May see national ID, ethnicity, religion, health and political history. Their reads of those fields are
     * audited; everyone else gets them blanked.
     */
    public static final Set<String> SENSITIVE_READERS = Set.of(BOARD_OFFICER, UNIT_OFFICER, PROTECTION_OFFICER);
    /**
     * May read confidential assessments: discipline reasons, reasons for removal from planning, policy cases still
     * open. Viewers, integrators and administrators read the decisions without them.
     */
    public static final Set<String> ASSESSMENT_READERS = Set.of(BOARD_OFFICER, UNIT_OFFICER, PROTECTION_OFFICER);

    private Roles() {
    }
}
