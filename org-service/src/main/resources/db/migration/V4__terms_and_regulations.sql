-- Terms (nhiệm kỳ) and, per unit and term, the congress and the bodies it elected.
create table term (
    code        varchar(20)  primary key,
    start_year  integer      not null,
    end_year    integer      not null,
    name_vi     varchar(100) not null,
    created_at  timestamptz  not null default now(),
    constraint term_years check (end_year > start_year)
);

insert into term (code, start_year, end_year, name_vi) values
    ('2015-2020', 2015, 2020, 'Nhiệm kỳ 2015 - 2020'),
    ('2020-2025', 2020, 2025, 'Nhiệm kỳ 2020 - 2025'),
    ('2025-2030', 2025, 2030, 'Nhiệm kỳ 2025 - 2030');

create table unit_term (
    id                       uuid         primary key,
    unit_id                  uuid         not null references org_unit (id),
    term_code                varchar(20)  not null references term (code),
    congress_ordinal         integer      not null,
    congress_date            date,
    executive_committee_seats integer,
    standing_committee_seats  integer,
    inspection_commission_seats integer,
    version                  bigint       not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    constraint unit_term_unique unique (unit_id, term_code),
    constraint unit_term_ordinal check (congress_ordinal between 1 and 100),
    constraint unit_term_seats check (coalesce(executive_committee_seats, 0) >= 0
        and coalesce(standing_committee_seats, 0) >= 0 and coalesce(inspection_commission_seats, 0) >= 0)
);

-- Regulations of a unit (quy định chức năng nhiệm vụ, quy chế làm việc, quy định mối quan hệ công tác).
create table regulation (
    id              uuid          primary key,
    unit_id         uuid          not null references org_unit (id),
    type            varchar(30)   not null,
    number          varchar(100)  not null,
    title           varchar(500)  not null,
    issuer          varchar(300),
    issued_on       date          not null,
    effective_from  date          not null,
    effective_to    date,
    status          varchar(20)   not null,
    replaces_id     uuid          references regulation (id),
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint regulation_dates check (effective_to is null or effective_to > effective_from)
);
create index regulation_unit on regulation (unit_id, type, effective_from);
