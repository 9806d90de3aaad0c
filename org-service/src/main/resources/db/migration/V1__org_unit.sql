create extension if not exists pg_trgm;

-- An organization unit (đơn vị / tổ chức đảng). Effective-dated history arrives with the structure work; the
-- walking skeleton keeps the unit's current state and the date it took effect.
create table org_unit (
    id              uuid          primary key,
    code            varchar(50)   not null,
    name            varchar(300)  not null,
    short_name      varchar(100),
    kind            varchar(60)   not null,
    parent_id       uuid          references org_unit (id),
    valid_from      date          not null,
    status          varchar(20)   not null,
    name_search_key varchar(300)  not null,
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);

create unique index org_unit_code_unique on org_unit (lower(code));
create index org_unit_parent on org_unit (parent_id);
create index org_unit_name_search on org_unit using gin (name_search_key gin_trgm_ops);
create index org_unit_name_order on org_unit (name_search_key, id);
