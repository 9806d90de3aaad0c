-- Restructuring cases (đề án sắp xếp tổ chức): a draft until approved; takes effect atomically on its date.
create table restructuring_case (
    id                 uuid          primary key,
    type               varchar(30)   not null,
    status             varchar(20)   not null,
    title              varchar(500)  not null,
    effective_date     date          not null,
    decision_number    varchar(100),
    decision_date      date,
    decision_issuer    varchar(300),
    spec               jsonb         not null,
    result             jsonb,
    failure_reason     varchar(2000),
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    approved_at        timestamptz,
    applied_at         timestamptz
);

-- The daily run looks for approved cases whose day has come.
create index restructuring_case_due on restructuring_case (effective_date) where status = 'APPROVED';
create index restructuring_case_order on restructuring_case (created_at, id);
