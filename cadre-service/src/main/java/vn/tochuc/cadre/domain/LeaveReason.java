package vn.tochuc.cadre.domain;

/** Why a membership ended: expelled (khai trừ), struck off (xóa tên), allowed to leave (cho ra khỏi Đảng), died. */
public enum LeaveReason {
    EXPELLED,
    STRUCK_OFF,
    ALLOWED_TO_LEAVE,
    DECEASED
}
