-- Who changed what in task-service, from which request: one row per change of any record, never updated.
create table audit_entry (
    id           uuid          primary key,
    entity_type  varchar(40)   not null,
    entity_id    uuid          not null,
    action       varchar(60)   not null,
    actor        varchar(200)  not null,
    request_id   varchar(128),
    at           timestamptz   not null,
    detail       jsonb
);
create index audit_entry_entity on audit_entry (entity_id, at);

-- The documents tasks and targets come from: resolutions, directives, conclusions, plans, action programmes.
create table source_document (
    id              uuid          primary key,
    number_symbol   varchar(100)  not null,
    kind            varchar(30)   not null,
    title           varchar(1000) not null,
    search_key      varchar(1200) not null,
    issuer_unit_id  uuid,
    issuer_name     varchar(300)  not null,
    issued_on       date          not null,
    term            varchar(9),
    replaces_id     uuid          references source_document (id),
    status          varchar(20)   not null,
    replaced_by_id  uuid          references source_document (id),
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint source_document_term check (term is null or term ~ '^[0-9]{4}-[0-9]{4}$')
);
-- A number and symbol names one document of an issuer ("01-NQ/ĐH" of the provincial congress).
create unique index source_document_number on source_document (issuer_name, number_symbol);
-- A document is replaced at most once.
create unique index source_document_replaces on source_document (replaces_id) where replaces_id is not null;
