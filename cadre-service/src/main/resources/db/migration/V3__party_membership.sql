-- Party membership (đảng tịch) of a person: admitted as probationary (dự bị), recognised as full (chính thức)
-- after 12 months, active / exempted / suspended, transferred between cells, and leaving. The row holds the
-- current state; party_membership_history keeps every step, and nothing is deleted.
create table party_membership (
    id                      uuid          primary key,
    person_id               uuid          not null references person (id),
    record_number           varchar(30),
    card_number             varchar(30),
    admitted_on             date          not null,
    admission_cell_id       uuid          not null,
    sponsors                jsonb         not null,
    admission_decision      jsonb,
    full_membership_due_on  date          not null,
    full_membership_on      date,
    stage                   varchar(20)   not null,
    activity                varchar(20)   not null,
    cell_id                 uuid          not null,
    temporary_cell_id       uuid,
    left_on                 date,
    leave_reason            varchar(30),
    version                 bigint        not null,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);

-- One membership in force per person; a former member may be admitted again later.
create unique index party_membership_one_current on party_membership (person_id) where stage <> 'LEFT';
create index party_membership_cell on party_membership (cell_id);
create index party_membership_due on party_membership (full_membership_due_on) where stage = 'PROBATIONARY';

create table party_membership_history (
    id              bigserial     primary key,
    membership_id   uuid          not null references party_membership (id),
    step            varchar(30)   not null,
    effective_on    date          not null,
    details         jsonb         not null,
    actor           varchar(100)  not null,
    request_id      varchar(128),
    at              timestamptz   not null
);

create index party_membership_history_of on party_membership_history (membership_id, id);
