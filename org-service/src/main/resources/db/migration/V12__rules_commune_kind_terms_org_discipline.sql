-- The commune, ward and special-zone party organizations (đảng bộ xã, phường, đặc khu) of 1 July 2025: directly
-- under the province and above the grassroots organizations of their area. Which kinds exist on which dates and
-- under which parents is the rule org.unit-kinds, not this table: a kind row stays for the units that had it.
insert into org_unit_kind (code, name_vi, name_en, category, level_rank) values
    ('COMMUNE_PARTY_COMMITTEE', 'Đảng bộ xã, phường, đặc khu (trực thuộc tỉnh ủy)',
     'Commune, ward or special-zone party organization (from 1 July 2025)', 'PARTY_ORGANIZATION', 2)
on conflict (code) do nothing;

-- A term belongs to a scope: the party congresses of a province and below (PARTY_LOCAL: 2020-2025, 2025-2030) or
-- the national congress, the National Assembly and the People's Councils (NATIONAL: 2021-2026, 2026-2031).
alter table term add column scope varchar(20) not null default 'PARTY_LOCAL';
alter table term alter column scope drop default;
insert into term (code, start_year, end_year, name_vi, scope) values
    ('2021-2026', 2021, 2026, 'Nhiệm kỳ 2021 - 2026 (Trung ương, Quốc hội, Hội đồng nhân dân)', 'NATIONAL'),
    ('2026-2031', 2026, 2031, 'Nhiệm kỳ 2026 - 2031 (Trung ương, Quốc hội, Hội đồng nhân dân)', 'NATIONAL')
on conflict (code) do nothing;

-- Discipline of a party organization (kỷ luật tổ chức đảng): reprimand, warning, disbandment. The forms allowed on
-- the decision's date are the rule org.discipline-forms; the version that judged it is kept with the decision.
create table org_discipline (
    id                  uuid          primary key,
    unit_id             uuid          not null references org_unit (id),
    form                varchar(40)   not null,
    decided_on          date          not null,
    effective_date      date          not null,
    decision_number     varchar(100)  not null,
    decision_issuer     varchar(300)  not null,
    reason              varchar(2000) not null,
    rule_version_id     uuid          not null,
    rule_citation       varchar(1000) not null,
    rule_to_confirm     boolean       not null,
    dissolution_case_id uuid          references restructuring_case (id),
    status              varchar(20)   not null,
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint org_discipline_dates check (effective_date >= decided_on)
);
create index org_discipline_unit on org_discipline (unit_id, decided_on);
create index org_discipline_order on org_discipline (decided_on, id);
-- One decision number per issuer: a second post of the same decision is a conflict, not a second discipline.
create unique index org_discipline_decision on org_discipline (lower(decision_issuer), lower(decision_number));
