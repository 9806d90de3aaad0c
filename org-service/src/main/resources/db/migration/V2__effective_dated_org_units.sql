-- Effective-dated organization structure: a unit's identity (org_unit) and its attributes over time
-- (org_unit_version). Name, kind and parent change by adding a version; nothing is overwritten.
create extension if not exists btree_gist;

-- Kinds and levels (loại tổ chức, cấp) are reference data: they changed in 2025 and will change again.
create table org_unit_kind (
    code         varchar(60)  primary key,
    name_vi      varchar(200) not null,
    name_en      varchar(200) not null,
    category     varchar(30)  not null,
    level_rank   integer      not null,
    active       boolean      not null default true,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);

insert into org_unit_kind (code, name_vi, name_en, category, level_rank) values
    ('PROVINCIAL_PARTY_COMMITTEE', 'Đảng bộ tỉnh (Tỉnh ủy)', 'Provincial party organization', 'PARTY_ORGANIZATION', 1),
    ('DISTRICT_PARTY_COMMITTEE', 'Đảng bộ huyện, thành phố (cấp trên cơ sở)', 'District-level party organization (until 1 July 2025)', 'PARTY_ORGANIZATION', 2),
    ('PARTY_COMMITTEE_UNDER_PROVINCE', 'Đảng bộ trực thuộc Tỉnh ủy', 'Party organization directly under the province', 'PARTY_ORGANIZATION', 2),
    ('GRASSROOTS_PARTY_COMMITTEE', 'Đảng bộ cơ sở', 'Grassroots party organization', 'PARTY_ORGANIZATION', 3),
    ('GRASSROOTS_PARTY_CELL', 'Chi bộ cơ sở', 'Grassroots party cell', 'PARTY_ORGANIZATION', 3),
    ('SUB_PARTY_COMMITTEE', 'Đảng bộ bộ phận', 'Party sub-organization', 'PARTY_ORGANIZATION', 4),
    ('PARTY_CELL', 'Chi bộ trực thuộc', 'Party cell', 'PARTY_ORGANIZATION', 4),
    ('PARTY_GROUP', 'Tổ đảng', 'Party group', 'PARTY_ORGANIZATION', 5),
    ('ADVISORY_BOARD', 'Ban tham mưu của cấp ủy', 'Advisory board of the committee', 'ADVISORY_BODY', 0),
    ('INSPECTION_COMMISSION', 'Ủy ban Kiểm tra', 'Inspection commission', 'ADVISORY_BODY', 0),
    ('OFFICE', 'Văn phòng cấp ủy', 'Committee office', 'ADVISORY_BODY', 0),
    ('STATE_BODY', 'Cơ quan nhà nước', 'State body', 'STATE_BODY', 0),
    ('FRONT_BODY', 'Mặt trận Tổ quốc, đoàn thể', 'Fatherland Front or mass organization', 'FRONT_BODY', 0);

-- Units created by the walking skeleton may carry kinds not in the list above: keep them readable.
insert into org_unit_kind (code, name_vi, name_en, category, level_rank)
select distinct kind, kind, kind, 'OTHER', 0 from org_unit where kind not in (select code from org_unit_kind);

alter table org_unit
    add column established_on            date,
    add column ceased_on                 date,
    add column founding_decision_number  varchar(100),
    add column founding_decision_date    date,
    add column founding_decision_issuer  varchar(300);

update org_unit set established_on = valid_from;

create table org_unit_version (
    id               uuid         primary key,
    unit_id          uuid         not null references org_unit (id),
    valid_from       date         not null,
    valid_to         date,
    name             varchar(300) not null,
    short_name       varchar(100),
    kind             varchar(60)  not null references org_unit_kind (code),
    parent_id        uuid         references org_unit (id),
    name_search_key  varchar(300) not null,
    change           varchar(30)  not null,
    case_id          uuid,
    created_at       timestamptz  not null,
    constraint org_unit_version_dates check (valid_to is null or valid_to > valid_from),
    -- At most one version of a unit on any day.
    constraint org_unit_version_no_overlap exclude using gist (unit_id with =, daterange(valid_from, valid_to) with &&)
);

insert into org_unit_version (id, unit_id, valid_from, valid_to, name, short_name, kind, parent_id, name_search_key,
                              change, created_at)
select gen_random_uuid(), id, valid_from, null, name, short_name, kind, parent_id, name_search_key, 'ESTABLISHED',
       created_at
from org_unit;

-- The unit's identity keeps only what never changes with time; names and parents live in versions.
drop index org_unit_name_search;
drop index org_unit_name_order;
drop index org_unit_parent;
alter table org_unit
    drop column name,
    drop column short_name,
    drop column kind,
    drop column parent_id,
    drop column name_search_key,
    drop column valid_from,
    alter column established_on set not null;

-- Children and subtrees as of a date walk this index: parent, then the versions' start.
create index org_unit_version_parent on org_unit_version (parent_id, valid_from) include (valid_to, unit_id);
create index org_unit_version_unit on org_unit_version (unit_id, valid_from);
create index org_unit_version_search on org_unit_version using gin (name_search_key gin_trgm_ops);

-- Which unit became which (kế thừa), by which case and decision, on which date.
create table org_unit_lineage (
    id               uuid         primary key,
    predecessor_id   uuid         not null references org_unit (id),
    successor_id     uuid         not null references org_unit (id),
    relation         varchar(30)  not null,
    effective_date   date         not null,
    case_id          uuid,
    created_at       timestamptz  not null
);
create index org_unit_lineage_predecessor on org_unit_lineage (predecessor_id);
create index org_unit_lineage_successor on org_unit_lineage (successor_id);
