-- Discipline decisions (quyết định kỷ luật) against a person: party discipline (kỷ luật đảng) or civil-service
-- discipline (kỷ luật công chức). Each bars planning and appointment (quy hoạch, bổ nhiệm) from barred_from until
-- the day before barred_until. Decisions are never deleted; the register reads this table.
create table discipline (
    id              uuid          primary key,
    person_id       uuid          not null references person (id),
    system          varchar(20)   not null,
    form            varchar(30)   not null,
    org_unit_id     uuid,
    decided_on      date          not null,
    effective_on    date          not null,
    decision        jsonb         not null,
    reason          varchar(2000) not null,
    barred_from     date          not null,
    barred_until    date          not null,
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint discipline_bar check (barred_until > barred_from)
);

create index discipline_person on discipline (person_id, barred_until);
create index discipline_register on discipline (effective_on, id);
