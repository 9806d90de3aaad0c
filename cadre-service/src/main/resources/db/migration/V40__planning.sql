-- Planning (quy hoạch cán bộ): a person planned for a position in a term (nhiệm kỳ, e.g. 2025-2030). The target is an
-- org-service position (position_id, with its unit and title copied at planning time) or, where org-service has no
-- position yet, a title code of an org unit. Removal from planning (đưa ra khỏi quy hoạch) sets removed_on and a
-- reason; nothing is deleted, so the planning history of a term stays readable.
create table planning (
    id              uuid          primary key,
    person_id       uuid          not null references person (id),
    position_id     uuid,
    org_unit_id     uuid          not null,
    title_code      varchar(60)   not null,
    term_start      integer       not null,
    term_end        integer       not null,
    planned_on      date          not null,
    decision        jsonb,
    removed_on      date,
    removal_reason  varchar(2000),
    removal_decision jsonb,
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint planning_term check (term_end = term_start + 5),
    constraint planning_removal check ((removed_on is null) = (removal_reason is null))
);

create index planning_person on planning (person_id, term_start, id);
create index planning_unit on planning (org_unit_id, term_start, id);
create index planning_term on planning (term_start, id);
-- One person is planned once for the same seat of a term while the entry stands.
create unique index planning_once on planning (person_id, org_unit_id, title_code, coalesce(position_id,
    '00000000-0000-0000-0000-000000000000'::uuid), term_start) where removed_on is null;
