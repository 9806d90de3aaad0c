package vn.tochuc.cadre.domain;

/**
 * Why a person no longer holds a seat: relieved (miễn nhiệm, thôi giữ chức vụ), rotated out (luân chuyển đi),
 * seconded out (biệt phái đi), removed by discipline (cách chức), term ended (hết nhiệm kỳ), retired (nghỉ hưu),
 * deceased (từ trần), unit restructured (sắp xếp tổ chức). Values of the event contract.
 */
public enum AppointmentEndReason {
    RELIEVED,
    ROTATED_OUT,
    SECONDED_OUT,
    REMOVED_BY_DISCIPLINE,
    TERM_ENDED,
    RETIRED,
    DECEASED,
    UNIT_RESTRUCTURED
}
