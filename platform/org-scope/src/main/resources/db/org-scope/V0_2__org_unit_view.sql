-- This service's read model of org-service's units, fed by org.unit.* events (never by reading org-service's
-- database). Enough of each unit for names and for org-scope checks over the tree.
create table org_unit_view (
    id             uuid          primary key,
    code           varchar(50)   not null,
    name           varchar(300)  not null,
    short_name     varchar(100),
    kind           varchar(60)   not null,
    parent_id      uuid,
    valid_from     date          not null,
    status         varchar(20)   not null,
    last_event_id  varchar(200)  not null,
    last_event_at  timestamptz   not null,
    updated_at     timestamptz   not null default now()
);

-- No foreign key to the parent: events of different units may arrive in any order.
create index org_unit_view_parent on org_unit_view (parent_id);
