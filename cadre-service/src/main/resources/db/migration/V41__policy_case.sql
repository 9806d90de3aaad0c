-- Policy cases (chính sách cán bộ) of a person: staff reduction (tinh giản biên chế) and early retirement (nghỉ hưu
-- trước tuổi), each with its legal basis and proposed date, moving PROPOSED -> APPROVED -> DONE, or to REJECTED /
-- WITHDRAWN. Every step is a row of policy_case_step; nothing is deleted.
create table policy_case (
    id              uuid          primary key,
    person_id       uuid          not null references person (id),
    kind            varchar(30)   not null,
    legal_basis     varchar(2000) not null,
    proposed_date   date          not null,
    status          varchar(20)   not null,
    status_on       date          not null,
    decision        jsonb,
    note            varchar(2000),
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);

create index policy_case_person on policy_case (person_id, created_at, id);
create index policy_case_status on policy_case (status, created_at, id);

create table policy_case_step (
    id              uuid          primary key,
    case_id         uuid          not null references policy_case (id),
    from_status     varchar(20),
    to_status       varchar(20)   not null,
    on_date         date          not null,
    decision        jsonb,
    note            varchar(2000),
    actor           varchar(100)  not null,
    at              timestamptz   not null
);

create index policy_case_step_case on policy_case_step (case_id, at, id);

-- One open case per person and kind, also when two proposals race past the service's own check.
create unique index policy_case_open on policy_case (person_id, kind) where status in ('PROPOSED', 'APPROVED');
