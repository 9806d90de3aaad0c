package vn.tochuc.task.congress;

/** Đại hội đảng viên (all members attend) or đại hội đại biểu (delegates elected below attend). */
public enum CongressType {
    MEMBERS,
    DELEGATES
}
