-- This service's read model of org-service's positions (chức danh), fed by tochuc.org.position events. An
-- appointment must name a position org-service knows, of the same unit, in effect: org-service dead-letters an
-- appointment event that names anything else, so cadre-service refuses it up front.
create table position_view (
    id              uuid          primary key,
    org_unit_id     uuid          not null,
    title_code      varchar(60)   not null,
    title_name      varchar(200)  not null,
    seats           integer       not null,
    status          varchar(20)   not null,
    valid_from      date          not null,
    valid_to        date,
    last_event_id   varchar(200)  not null,
    last_event_at   timestamptz   not null
);

create index position_view_unit on position_view (org_unit_id);
