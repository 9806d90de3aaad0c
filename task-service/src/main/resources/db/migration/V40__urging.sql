-- Urging (đôn đốc): reminders before and after a deadline, numbered urging notices and escalations.
-- Rules: docs/decisions.md "Urging (task-service)".

-- One row per reminder sent. The key makes each reminder happen once per task, deadline and rung however many
-- replicas run the scan: a replica inserts with "on conflict do nothing" and publishes the event only when its
-- insert wrote the row, in the same transaction. The deadline is in the key, so an extension gets its own rungs.
-- rung: days before the deadline for the ladder (7, 3, 1), 0 on the day, and -k for the k-th reminder while overdue.
create table task_reminder (
    id                 uuid         primary key,
    task_id            uuid         not null references task (id),
    deadline           date         not null,
    rung               integer      not null,
    kind               varchar(20)  not null,
    reminded_on        date         not null,
    lead_unit_id       uuid         not null,
    assigning_unit_id  uuid         not null,
    created_at         timestamptz  not null,
    constraint task_reminder_once unique (task_id, deadline, rung),
    constraint task_reminder_kind check (kind in ('DUE_SOON', 'DUE_TODAY', 'OVERDUE')),
    constraint task_reminder_rung_fits_kind check ((kind = 'DUE_SOON' and rung > 0) or (kind = 'DUE_TODAY' and rung = 0)
        or (kind = 'OVERDUE' and rung < 0))
);

-- The gap-free numbering of urging notices per issuing unit and year: the next number is taken by updating this
-- row, which locks it until the notice's transaction ends (a rolled-back notice gives its number back).
create table urging_notice_counter (
    issuing_unit_id  uuid     not null,
    year             integer  not null,
    last_number      integer  not null,
    primary key (issuing_unit_id, year),
    constraint urging_notice_counter_positive check (last_number > 0)
);

-- An urging notice (công văn đôn đốc) the assigning level issues for a set of its late tasks. Never changed.
create table urging_notice (
    id                 uuid            primary key,
    issuing_unit_id    uuid            not null,
    year               integer         not null,
    number             integer         not null,
    issued_on          date            not null,
    text               varchar(10000)  not null,
    response_deadline  date,
    task_count         integer         not null,
    issued_by          varchar(200)    not null,
    version            bigint          not null default 0,
    issued_at          timestamptz     not null,
    constraint urging_notice_number_positive check (number > 0),
    constraint urging_notice_has_tasks check (task_count > 0),
    constraint urging_notice_response_after_issue check (response_deadline is null or response_deadline >= issued_on)
);
create unique index urging_notice_number on urging_notice (issuing_unit_id, year, number);
create index urging_notice_order on urging_notice (issued_at, id);

-- The tasks a notice urges, as they stood when it was issued; notice_count is the task's count after this notice.
create table urging_notice_task (
    id                 uuid           primary key,
    notice_id          uuid           not null references urging_notice (id),
    task_id            uuid           not null references task (id),
    title              varchar(1000)  not null,
    lead_unit_id       uuid           not null,
    assigning_unit_id  uuid           not null,
    deadline           date           not null,
    notice_count       integer        not null,
    constraint urging_notice_task_once unique (notice_id, task_id)
);
create index urging_notice_task_task on urging_notice_task (task_id);
create index urging_notice_task_lead on urging_notice_task (lead_unit_id, notice_id);

-- How many notices each task has received (kept here, not on the task).
create table task_urging (
    task_id          uuid         primary key references task (id),
    notice_count     integer      not null,
    last_notice_id   uuid         references urging_notice (id),
    last_urged_on    date,
    version          bigint       not null default 0,
    constraint task_urging_count check (notice_count >= 0)
);

-- A task that received its N-th notice (tochuc.urging.escalate-after), reported to the unit above the issuing unit.
create table urging_escalation (
    id                 uuid         primary key,
    task_id            uuid         not null references task (id),
    notice_id          uuid         not null references urging_notice (id),
    issuing_unit_id    uuid         not null,
    addressed_unit_id  uuid         not null,
    notice_count       integer      not null,
    escalated_on       date         not null,
    escalated_at       timestamptz  not null
);
-- Once per task: the level above is told when the count is reached, not again for every later notice.
create unique index urging_escalation_once on urging_escalation (task_id);
create index urging_escalation_addressed on urging_escalation (addressed_unit_id, escalated_at, id);
create index urging_escalation_order on urging_escalation (escalated_at, id);
