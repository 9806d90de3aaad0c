-- Congresses of a term (đại hội đảng bộ các cấp): the schedule rules as versioned data, and one preparation plan
-- per party organization and term.

-- One version of the schedule rules of a term, with the document it rests on. The version in force on a day is the
-- one of the term with the latest valid_from on or before that day that has not been replaced. A version is never
-- edited: a correction is a new version that replaces it.
create table congress_rule_set (
    id                  uuid           primary key,
    term                varchar(9)     not null,
    name                varchar(300)   not null,
    basis_number        varchar(100)   not null,
    basis_date          date           not null,
    basis_note          varchar(2000),
    valid_from          date           not null,
    status              varchar(20)    not null,
    replaces_id         uuid           references congress_rule_set (id),
    -- Deferred: a correction marks the old version replaced in the transaction that inserts the correction.
    replaced_by_id      uuid           references congress_rule_set (id) deferrable initially deferred,
    version             bigint         not null default 0,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    constraint congress_rule_set_term check (term ~ '^[0-9]{4}-[0-9]{4}$'),
    constraint congress_rule_set_status check (status in ('IN_FORCE', 'REPLACED'))
);
-- One version in force per term and first day, so "the version in force on a day" is never ambiguous.
create unique index congress_rule_set_in_force on congress_rule_set (term, valid_from) where status = 'IN_FORCE';
create unique index congress_rule_set_replaces on congress_rule_set (replaces_id) where replaces_id is not null;

-- What a version says for the congresses of one kind of unit (kinds are org-service's reference data, as strings).
create table congress_rule (
    rule_set_id                  uuid          not null references congress_rule_set (id),
    unit_kind                    varchar(60)   not null,
    deadline                     date          not null,
    before_superior              boolean       not null,
    min_days_before_superior     integer       not null,
    plan_lead_working_days       integer       not null,
    documents_lead_working_days  integer       not null,
    personnel_lead_working_days  integer       not null,
    held_requires_personnel      boolean       not null,
    default_congress_type        varchar(20)   not null,
    primary key (rule_set_id, unit_kind),
    constraint congress_rule_days check (min_days_before_superior between 0 and 365
        and plan_lead_working_days between 0 and 260 and documents_lead_working_days between 0 and 260
        and personnel_lead_working_days between 0 and 260),
    constraint congress_rule_type check (default_congress_type in ('MEMBERS', 'DELEGATES'))
);

-- The preparation of one unit's congress for one term. The *_due dates and the deadline are derived from the rule
-- version in force (rule_set_id) and recomputed whenever the planned date or the rules change.
create table congress_plan (
    id                     uuid          primary key,
    unit_id                uuid          not null,
    term                   varchar(9)    not null,
    congress_type          varchar(20),
    pilot                  boolean       not null default false,
    planned_date           date,
    plan_approved_on       date,
    documents_drafted_on   date,
    personnel_approved_on  date,
    held_on                date,
    congress_ordinal       integer,
    rule_set_id            uuid          references congress_rule_set (id),
    deadline               date,
    plan_approval_due      date,
    documents_due          date,
    personnel_approval_due date,
    version                bigint        not null default 0,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    constraint congress_plan_term check (term ~ '^[0-9]{4}-[0-9]{4}$'),
    constraint congress_plan_type check (congress_type is null or congress_type in ('MEMBERS', 'DELEGATES')),
    constraint congress_plan_ordinal check (congress_ordinal is null or congress_ordinal between 1 and 200)
);
-- One plan per unit and term.
create unique index congress_plan_unit_term on congress_plan (unit_id, term);
create index congress_plan_term on congress_plan (term);

-- The versions the Board worked with in 2024-2025. Deadlines and lead times are the project's reading of the
-- directives and must be confirmed by the Board (docs/decisions.md, "Congresses 2025-2030").
insert into congress_rule_set (id, term, name, basis_number, basis_date, basis_note, valid_from, status, created_at,
                               updated_at)
values ('35c7a000-0000-4000-8000-000000000035', '2025-2030',
        'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 theo Chỉ thị 35-CT/TW', '35-CT/TW', '2024-06-14',
        'Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn '
        || 'quốc lần thứ XIV của Đảng (các mốc hoàn thành theo cấp: cơ sở, cấp trên cơ sở, trực thuộc Trung ương)',
        '2024-06-14', 'IN_FORCE', now(), now()),
       ('45c7a000-0000-4000-8000-000000000045', '2025-2030',
        'Đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 theo Chỉ thị 45-CT/TW (không còn cấp huyện)', '45-CT/TW',
        '2025-04-14',
        'Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp, sau Kết luận 118-KL/TW và '
        || '126-KL/TW: không tổ chức đại hội cấp huyện; chi bộ, đảng bộ cơ sở, cấp xã mới, rồi cấp tỉnh',
        '2025-04-14', 'IN_FORCE', now(), now());

insert into congress_rule (rule_set_id, unit_kind, deadline, before_superior, min_days_before_superior,
                           plan_lead_working_days, documents_lead_working_days, personnel_lead_working_days,
                           held_requires_personnel, default_congress_type)
values ('35c7a000-0000-4000-8000-000000000035', 'PARTY_CELL', '2025-03-31', true, 1, 20, 10, 10, true, 'MEMBERS'),
       ('35c7a000-0000-4000-8000-000000000035', 'SUB_PARTY_COMMITTEE', '2025-03-31', true, 1, 20, 10, 10, true, 'MEMBERS'),
       ('35c7a000-0000-4000-8000-000000000035', 'GRASSROOTS_PARTY_CELL', '2025-06-30', true, 7, 30, 15, 10, true, 'MEMBERS'),
       ('35c7a000-0000-4000-8000-000000000035', 'GRASSROOTS_PARTY_COMMITTEE', '2025-06-30', true, 7, 30, 15, 10, true, 'DELEGATES'),
       ('35c7a000-0000-4000-8000-000000000035', 'DISTRICT_PARTY_COMMITTEE', '2025-08-31', true, 15, 40, 20, 15, true, 'DELEGATES'),
       ('35c7a000-0000-4000-8000-000000000035', 'PARTY_COMMITTEE_UNDER_PROVINCE', '2025-08-31', true, 15, 40, 20, 15, true, 'DELEGATES'),
       ('35c7a000-0000-4000-8000-000000000035', 'PROVINCIAL_PARTY_COMMITTEE', '2025-10-31', true, 30, 60, 40, 20, true, 'DELEGATES'),
       ('45c7a000-0000-4000-8000-000000000045', 'PARTY_CELL', '2025-06-30', true, 1, 20, 10, 10, true, 'MEMBERS'),
       ('45c7a000-0000-4000-8000-000000000045', 'SUB_PARTY_COMMITTEE', '2025-06-30', true, 1, 20, 10, 10, true, 'MEMBERS'),
       ('45c7a000-0000-4000-8000-000000000045', 'GRASSROOTS_PARTY_CELL', '2025-07-31', true, 7, 30, 15, 10, true, 'MEMBERS'),
       ('45c7a000-0000-4000-8000-000000000045', 'GRASSROOTS_PARTY_COMMITTEE', '2025-07-31', true, 7, 30, 15, 10, true, 'DELEGATES'),
       ('45c7a000-0000-4000-8000-000000000045', 'COMMUNE_PARTY_COMMITTEE', '2025-08-31', true, 15, 30, 20, 15, true, 'DELEGATES'),
       ('45c7a000-0000-4000-8000-000000000045', 'PARTY_COMMITTEE_UNDER_PROVINCE', '2025-08-31', true, 15, 40, 20, 15, true, 'DELEGATES'),
       ('45c7a000-0000-4000-8000-000000000045', 'PROVINCIAL_PARTY_COMMITTEE', '2025-10-31', true, 30, 60, 40, 20, true, 'DELEGATES');
