package vn.tochuc.cadre.domain;

/**
 * How a person came to hold a seat: appointed (bổ nhiệm), elected (bầu), rotated in (luân chuyển đến), seconded in
 * (biệt phái đến), or re-arranged after a discipline or restructuring (bố trí lại). The values are the event
 * contract's (docs/events/asyncapi.yaml), which org-service reads, so they are an enum.
 */
public enum AppointmentKind {
    APPOINTED,
    ELECTED,
    ROTATED_IN,
    SECONDED_IN,
    REARRANGED
}
