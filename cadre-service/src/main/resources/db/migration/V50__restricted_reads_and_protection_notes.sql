-- Every read of restricted data: a CV's sensitive fields (national ID, ethnicity, religion, family) and
-- political-protection notes. Written in the reading request's transaction; never updated or deleted.
create table restricted_read (
    id          bigserial     primary key,
    person_id   uuid          not null references person (id),
    -- SENSITIVE_FIELDS or PROTECTION_NOTE
    kind        varchar(30)   not null,
    note_id     uuid,
    actor       varchar(200)  not null,
    roles       varchar(300)  not null,
    request_id  varchar(100),
    at          timestamptz   not null default now()
);
create index restricted_read_person on restricted_read (person_id, id);
create index restricted_read_actor on restricted_read (actor, id);

-- Ghi chú bảo vệ chính trị nội bộ: what the internal political-protection work has established about a person.
-- Readable only by protection officers; withdrawn notes stay (status), nothing is deleted.
create table protection_note (
    id                 uuid          primary key,
    person_id          uuid          not null references person (id),
    category           varchar(40)   not null,
    content            text          not null,
    source             varchar(300),
    recorded_on        date          not null,
    status             varchar(20)   not null default 'ACTIVE',
    withdrawn_reason   varchar(1000),
    created_by         varchar(200)  not null,
    created_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    request_id         varchar(100),
    version            bigint        not null default 0
);
create index protection_note_person on protection_note (person_id, recorded_on);
