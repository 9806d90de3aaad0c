package vn.tochuc.cadre.domain;

/**
 * Where a party membership stands, as the Party Statute (Điều lệ Đảng) defines it: probationary (dự bị) for 12
 * months after admission, then full (chính thức); LEFT once the person is no longer a member.
 */
public enum MembershipStage {
    PROBATIONARY,
    FULL,
    LEFT
}
