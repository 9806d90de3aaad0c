package vn.tochuc.cadre.domain;

/** Whether a member takes part in cell activity: normally, exempted (miễn sinh hoạt), or suspended (đình chỉ). */
public enum PartyActivity {
    ACTIVE,
    EXEMPTED,
    SUSPENDED
}
