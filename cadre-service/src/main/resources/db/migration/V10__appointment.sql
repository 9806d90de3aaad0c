-- Appointments (bổ nhiệm, bầu, điều động, biệt phái, bố trí lại) of a person to a position of an org unit. The
-- position and unit are org-service ids; the unit must be in the org read model. An appointment ends (end_date =
-- first day the seat is no longer held, with a reason) and is never deleted. A restructuring flags it for
-- re-arrangement (flagged_at) without ending it: the board decides where the person goes.
create table appointment (
    id                   uuid          primary key,
    person_id            uuid          not null references person (id),
    position_id          uuid          not null,
    org_unit_id          uuid          not null,
    kind                 varchar(20)   not null,
    start_date           date          not null,
    planned_end_date     date,
    decision             jsonb,
    end_date             date,
    end_reason           varchar(30),
    end_decision         jsonb,
    flagged_at           timestamptz,
    flag_reason          varchar(300),
    successor_unit_ids   jsonb,
    version              bigint        not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    constraint appointment_dates check (planned_end_date is null or planned_end_date > start_date),
    constraint appointment_end check (end_date is null or end_date > start_date)
);

create index appointment_person on appointment (person_id, start_date, id);
create index appointment_unit on appointment (org_unit_id, start_date, id);
create index appointment_flagged on appointment (flagged_at, id) where flagged_at is not null and end_date is null;
