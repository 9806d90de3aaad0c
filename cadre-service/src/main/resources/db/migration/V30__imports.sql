-- Bulk imports of persons and party memberships from CSV or XLSX (decisions.md, cadre-service imports).
-- The file itself is kept with its job: the worker reads it from here, so a job does not depend on the
-- memory of the request that started it.
create table import_job (
    id             uuid          primary key,
    status         varchar(20)   not null,
    format         varchar(10)   not null,
    file_name      varchar(200),
    content        bytea         not null,
    total_rows     integer       not null,
    rows_done      integer       not null default 0,
    created_count  integer       not null default 0,
    updated_count  integer       not null default 0,
    unchanged_count integer      not null default 0,
    rejected_count integer       not null default 0,
    failure        text,
    actor          varchar(100)  not null,
    request_id     varchar(128),
    created_at     timestamptz   not null,
    started_at     timestamptz,
    finished_at    timestamptz
);

create index import_job_unfinished on import_job (created_at) where status in ('QUEUED', 'RUNNING');

-- One row of the file and what became of it; problems hold the field-by-field reasons of a rejection.
create table import_row (
    job_id         uuid          not null references import_job (id),
    row_number     integer       not null,
    status         varchar(20)   not null,
    national_id    varchar(20),
    person_id      uuid,
    membership_id  uuid,
    problems       jsonb         not null default '[]',
    primary key (job_id, row_number)
);

create index import_row_status on import_row (job_id, status, row_number);
