-- Targets (chỉ tiêu) of a source document: what a unit and its subtree must reach over a term and each year.
create table target (
    id               uuid          primary key,
    document_id      uuid          not null references source_document (id),
    code             varchar(40)   not null,
    name             varchar(500)  not null,
    unit_of_measure  varchar(50)   not null,
    direction        varchar(20)   not null,
    aggregation      varchar(10)   not null,
    baseline_year    int,
    baseline_value   numeric(18, 4),
    term             varchar(9)    not null,
    term_first_year  int           not null,
    term_last_year   int           not null,
    term_target      numeric(18, 4) not null,
    owner_unit_id    uuid          not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint target_term check (term ~ '^[0-9]{4}-[0-9]{4}$' and term_first_year <= term_last_year),
    constraint target_direction check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    constraint target_aggregation check (aggregation in ('SUM', 'AVERAGE', 'RATIO'))
);
-- A code names one target of a document ("CT-01" of 01-NQ/ĐH).
create unique index target_code on target (document_id, code);
create index target_owner on target (owner_unit_id, code);

-- The target for each year of the term that has one of its own (chỉ tiêu năm).
create table target_year (
    target_id  uuid           not null references target (id),
    year       int            not null,
    value      numeric(18, 4) not null,
    primary key (target_id, year)
);

-- What a unit reached for a target in a period (quarter, half-year, year), as entered and possibly corrected.
create table target_measurement (
    id             uuid           primary key,
    target_id      uuid           not null references target (id),
    unit_id        uuid           not null,
    period         varchar(7)     not null,
    period_start   date           not null,
    period_end     date           not null,
    value          numeric(18, 4) not null,
    numerator      numeric(18, 4),
    denominator    numeric(18, 4),
    evidence       varchar(4000),
    evidence_ref   varchar(500),
    recorded_by    varchar(200)   not null,
    recorded_at    timestamptz    not null,
    verified_by    varchar(200),
    verified_on    date,
    revision       int            not null,
    version        bigint         not null default 0,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    constraint target_measurement_ratio check (
        (numerator is null and denominator is null) or (numerator >= 0 and denominator > 0)),
    constraint target_measurement_verified check ((verified_by is null) = (verified_on is null))
);
-- One figure per target, unit and period; the same index serves the table's walk down the tree (target, unit, period).
create unique index target_measurement_once on target_measurement (target_id, unit_id, period);
-- The report for one period reads every figure of that period of a target.
create index target_measurement_period on target_measurement (target_id, period) include (unit_id, value, numerator, denominator);
create index target_measurement_list on target_measurement (target_id, period_start, id);

-- Earlier figures of a measurement, kept when a correction replaces them (never updated, never deleted).
create table target_measurement_revision (
    id              uuid           primary key,
    measurement_id  uuid           not null references target_measurement (id),
    revision        int            not null,
    value           numeric(18, 4) not null,
    numerator       numeric(18, 4),
    denominator     numeric(18, 4),
    evidence        varchar(4000),
    evidence_ref    varchar(500),
    recorded_by     varchar(200)   not null,
    recorded_at     timestamptz    not null,
    verified_by     varchar(200),
    verified_on     date,
    replaced_by     varchar(200)   not null,
    replaced_at     timestamptz    not null,
    reason          varchar(1000)  not null
);
create unique index target_measurement_revision_once on target_measurement_revision (measurement_id, revision);
