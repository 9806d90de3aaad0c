-- Periodic reports (báo cáo quý, 6 tháng, năm): what a requesting unit asks its units below to report, the
-- obligation of each unit per period, every submission made, and the change log mobile clients sync from.

create table report_schedule (
    id                   uuid          primary key,
    requesting_unit_id   uuid          not null,
    subject              varchar(500)  not null,
    source_document_id   uuid          references source_document (id),
    period_kind          varchar(20)   not null,
    audience             varchar(20)   not null,
    audience_unit_kind   varchar(60),
    due_days_after_end   integer       not null,
    status               varchar(20)   not null,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    constraint report_schedule_kind check (period_kind in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    constraint report_schedule_audience check ((audience = 'ALL_OF_KIND') = (audience_unit_kind is not null)
        and audience in ('ALL_OF_KIND', 'LISTED')),
    constraint report_schedule_due check (due_days_after_end between 0 and 366)
);
create index report_schedule_requester on report_schedule (requesting_unit_id, created_at);

-- The units a LISTED schedule names (each in the requesting unit's subtree, below it).
create table report_schedule_unit (
    schedule_id  uuid  not null references report_schedule (id),
    unit_id      uuid  not null,
    primary key (schedule_id, unit_id)
);

create table report_obligation (
    id                     uuid          primary key,
    schedule_id            uuid          not null references report_schedule (id),
    unit_id                uuid          not null,
    -- The unit that owed it first, when it passed to a successor (a merger): kept on record.
    original_unit_id       uuid,
    requesting_unit_id     uuid          not null,
    -- The schedule's subject, copied: a schedule never changes it, and lists show it without a join.
    subject                varchar(500)  not null,
    period_code            varchar(7)    not null,
    period_start           date          not null,
    period_end             date          not null,
    due_on                 date          not null,
    status                 varchar(20)   not null,
    submission_count       integer       not null default 0,
    first_submitted_at     timestamptz,
    -- The submission timeliness counts: the latest one unless it was returned (then none until resubmitted).
    counted_submitted_at   timestamptz,
    counted_submitted_on   date,
    accepted_at            timestamptz,
    closed_reason          varchar(2000),
    overdue_notified_at    timestamptz,
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    constraint report_obligation_status check (status in ('DUE', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'WAIVED',
        'CANCELLED')),
    constraint report_obligation_counted check ((counted_submitted_at is null) = (counted_submitted_on is null))
);
-- One obligation per schedule, unit and period: generation inserts with "on conflict do nothing", so a repeated
-- or concurrent run (two replicas) creates each obligation exactly once.
create unique index report_obligation_once on report_obligation (schedule_id, unit_id, period_code);
create index report_obligation_unit on report_obligation (unit_id, period_code);
create index report_obligation_requester on report_obligation (requesting_unit_id, due_on);
create index report_obligation_due on report_obligation (due_on, id);
create index report_obligation_period on report_obligation (period_code, unit_id);
-- The overdue check only ever looks at open obligations not yet announced as overdue.
create index report_obligation_overdue on report_obligation (due_on)
    where overdue_notified_at is null and status in ('DUE', 'RETURNED');

-- Every submission stays: what was sent, by whom, and what the requesting level made of it.
create table report_submission (
    id              uuid           primary key,
    obligation_id   uuid           not null references report_obligation (id),
    number          integer        not null,
    summary         varchar(10000) not null,
    attachment_ref  varchar(500),
    submitted_at    timestamptz    not null,
    submitted_by    varchar(200)   not null,
    outcome         varchar(20),
    reviewed_at     timestamptz,
    reviewed_by     varchar(200),
    return_reason   varchar(2000),
    constraint report_submission_outcome check (outcome is null or outcome in ('RETURNED', 'ACCEPTED')),
    constraint report_submission_number unique (obligation_id, number)
);

-- The mobile sync feed: one row per change of an obligation, written in the change's transaction, with the units
-- that may see it after the change and the unit it left (when it passed to another unit). A cancelled obligation
-- is a tombstone (removed).
create table report_obligation_change (
    seq                  bigint        generated always as identity primary key,
    obligation_id        uuid          not null references report_obligation (id),
    changed_at           timestamptz   not null,
    unit_id              uuid          not null,
    requesting_unit_id   uuid          not null,
    left_unit_id         uuid,
    removed              boolean       not null
);
create index report_obligation_change_feed on report_obligation_change (changed_at, seq);
