-- Tasks (nhiệm vụ) as a tree: a root task of a unit (or of a source document), and one child per unit it is
-- assigned to down the org tree. Statuses and timeliness: see docs/decisions.md "Tasks (task-service)".
create table task (
    id                    uuid           primary key,
    -- The root of the tree this task belongs to (itself for a root): a parent is always of the same tree.
    root_id               uuid           not null references task (id),
    parent_id             uuid           references task (id),
    document_id           uuid           references source_document (id),
    kind                  varchar(20)    not null,
    title                 varchar(1000)  not null,
    description           varchar(10000),
    lead_unit_id          uuid           not null,
    cooperating_unit_ids  uuid[]         not null default '{}',
    assigning_unit_id     uuid           not null,
    cadre_id              uuid,
    cadre_name            varchar(200),
    deadline              date           not null,
    expected_result       varchar(4000),
    weight                numeric(9, 3)  not null,
    roll_up_method        varchar(10)    not null,
    status                varchar(20)    not null,
    -- The status a task on hold returns to when resumed.
    held_from             varchar(20),
    status_reason         varchar(2000),
    progress              numeric(5, 2)  not null default 0,
    rolled_up_progress    numeric(5, 2)  not null default 0,
    assigned_on           date,
    completed_on          date,
    -- Set on tasks the service makes itself (e.g. vacancy:<positionId>), so the event that closes them finds them.
    system_key            varchar(200),
    created_by            varchar(200)   not null,
    version               bigint         not null default 0,
    created_at            timestamptz    not null,
    updated_at            timestamptz    not null,
    constraint task_weight_positive check (weight > 0),
    constraint task_progress_range check (progress between 0 and 100 and rolled_up_progress between 0 and 100),
    constraint task_parent_not_self check (parent_id is null or parent_id <> id),
    constraint task_completed_has_day check ((status = 'COMPLETED') = (completed_on is not null))
);
-- One live child per parent and unit: assigning the same unit twice is refused (a cancelled one may be redone).
create unique index task_child_per_unit on task (parent_id, lead_unit_id)
    where parent_id is not null and status <> 'CANCELLED';
-- One open task per system key.
create unique index task_open_system_key on task (system_key)
    where system_key is not null and status not in ('COMPLETED', 'NOT_COMPLETED', 'CANCELLED');
create index task_parent on task (parent_id, status);
create index task_by_deadline on task (deadline, id);
create index task_assigning_unit on task (assigning_unit_id);
create index task_document on task (document_id) where document_id is not null;
create index task_cooperating_units on task using gin (cooperating_unit_ids);
-- The task grid counts a subtree's tasks by lead unit without reading the table rows.
create index task_grid on task (lead_unit_id) include (status, deadline, completed_on, assigned_on);

-- Every deadline a task ever had: the first one and each approved extension.
create table task_deadline (
    id            uuid          primary key,
    task_id       uuid          not null references task (id),
    deadline      date          not null,
    set_on        date          not null,
    set_by        varchar(200)  not null,
    extension_id  uuid,
    recorded_at   timestamptz   not null
);
create index task_deadline_task on task_deadline (task_id, recorded_at);

-- Progress each level reports on its own task (percent and text, with an attachment reference).
create table task_progress_report (
    id              uuid           primary key,
    task_id         uuid           not null references task (id),
    percent         numeric(5, 2)  not null,
    text            varchar(4000)  not null,
    attachment_ref  varchar(1000),
    reported_on     date           not null,
    reported_by     varchar(200)   not null,
    reported_at     timestamptz    not null,
    constraint task_progress_report_percent check (percent between 0 and 100)
);
create index task_progress_report_task on task_progress_report (task_id, reported_at, id);

-- Requests to move a deadline, decided by the assigning level.
create table task_extension (
    id                 uuid           primary key,
    task_id            uuid           not null references task (id),
    previous_deadline  date           not null,
    requested_deadline date           not null,
    reason             varchar(2000)  not null,
    status             varchar(20)    not null,
    requested_by       varchar(200)   not null,
    requested_at       timestamptz    not null,
    decided_by         varchar(200),
    decided_on         date,
    decision_note      varchar(2000),
    constraint task_extension_later check (requested_deadline > previous_deadline)
);
-- One undecided request per task.
create unique index task_extension_pending on task_extension (task_id) where status = 'REQUESTED';
create index task_extension_task on task_extension (task_id, requested_at);

-- The outcome grade of a task for a period (2024, 2024-H1, 2024-Q1).
create table task_outcome (
    id           uuid           primary key,
    task_id      uuid           not null references task (id),
    period_code  varchar(7)     not null,
    grade        varchar(30)    not null,
    note         varchar(2000),
    graded_by    varchar(200)   not null,
    graded_at    timestamptz    not null
);
create unique index task_outcome_per_period on task_outcome (task_id, period_code);

-- The mobile sync log: one row per change of a task, written in the change's transaction, with the units that see
-- the task after it and those that stopped seeing it (their devices get a tombstone).
create table task_change (
    seq               bigserial     primary key,
    task_id           uuid          not null references task (id),
    at                timestamptz   not null default clock_timestamp(),
    visible_unit_ids  uuid[]        not null,
    left_unit_ids     uuid[]        not null default '{}',
    removed           boolean       not null
);
create index task_change_order on task_change (at, seq);
