-- Platform tables every service has: the transactional outbox and the idempotent-consumer inbox.
-- Versioned 0.x so they always run before a service's own migrations (V1 and up).

create table outbox_event (
    seq          bigint generated always as identity primary key,
    id           uuid          not null unique,
    topic        varchar(249)  not null,
    message_key  varchar(200)  not null,
    event_type   varchar(200)  not null,
    payload      jsonb         not null,
    created_at   timestamptz   not null,
    sent_at      timestamptz,
    attempts     integer       not null default 0,
    last_error   varchar(2000)
);

-- The relay only ever looks for unsent rows, oldest first.
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

create table inbox_event (
    event_id     varchar(200)  not null,
    source       varchar(300)  not null,
    event_type   varchar(200)  not null,
    subject      varchar(200),
    processed_at timestamptz   not null default now(),
    primary key (event_id, source)
);
