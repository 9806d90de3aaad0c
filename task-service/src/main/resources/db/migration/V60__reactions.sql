-- What task-service keeps to react to the other services' events (see docs/decisions.md "Reactions to other
-- services' events"). Nothing here is deleted: a row's status says what became of it.

-- The units that took over from a unit that ceased (org-service's merged, consolidated, split, dissolved events),
-- so a task about a ceased unit goes to whoever carries its work on.
create table reaction_successor (
    unit_id         uuid          primary key,
    successor_ids   uuid[]        not null,
    change          varchar(20)   not null,
    effective_date  date          not null,
    event_id        varchar(200)  not null,
    recorded_at     timestamptz   not null
);

-- Appointments cadre-service started, as far as the reactions need them: events come from several topics and
-- partitions in any order, so an end or a discipline read after the start that settles it must find that start.
create table reaction_appointment_start (
    appointment_id  uuid          primary key,
    person_id       uuid          not null,
    position_id     uuid          not null,
    kind            varchar(20)   not null,
    start_date      date          not null,
    event_id        varchar(200)  not null,
    recorded_at     timestamptz   not null
);
create index reaction_start_position on reaction_appointment_start (position_id, start_date);
create index reaction_start_person on reaction_appointment_start (person_id, start_date);

-- A task a reaction decided on for a unit this service does not know yet (its created event is still to come):
-- WAITING until the unit arrives (GIVEN, with the task), or until the fact it waited for happens first (SETTLED)
-- or it is no longer needed (DROPPED).
create table reaction_pending_task (
    id               uuid           primary key,
    system_key       varchar(200)   not null,
    unit_id          uuid           not null,
    title            varchar(1000)  not null,
    description      varchar(10000),
    deadline         date           not null,
    expected_result  varchar(4000),
    status           varchar(10)    not null,
    status_note      varchar(2000),
    task_id          uuid           references task (id),
    cause_event_id   varchar(200)   not null,
    created_at       timestamptz    not null,
    resolved_at      timestamptz,
    version          bigint         not null default 0,
    constraint reaction_pending_status check (status in ('WAITING', 'GIVEN', 'SETTLED', 'DROPPED')),
    constraint reaction_pending_given_has_task check ((status = 'GIVEN') = (task_id is not null)),
    constraint reaction_pending_resolved check ((status = 'WAITING') = (resolved_at is null))
);
-- One waiting task per key, as there is one open task per key.
create unique index reaction_pending_waiting_key on reaction_pending_task (system_key) where status = 'WAITING';
create index reaction_pending_waiting_unit on reaction_pending_task (unit_id) where status = 'WAITING';
