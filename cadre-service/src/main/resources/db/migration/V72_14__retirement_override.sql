-- Issue 14: retirement by decision (nghỉ hưu trước tuổi, ở tuổi cao hơn), recorded per person with the decision, the
-- ground and the version of rule cadre.retirement-overrides that allowed it. The latest decision of a person takes
-- precedence over the statutory roadmap (Decree 135/2020 art. 4) in the retirement forecast. Rows are never changed:
-- a later decision (e.g. one revoking an early retirement with the roadmap date) is a new row.
create table retirement_override (
    id               uuid           primary key,
    person_id        uuid           not null references person (id),
    kind             varchar(10)    not null,
    ground           varchar(60)    not null,
    retires_on       date           not null,
    -- The statutory date the decision departs from, as computed when it was recorded.
    roadmap_date     date           not null,
    decision_number  varchar(100)   not null,
    decided_on       date           not null,
    decided_by       varchar(300),
    rule_version_id  uuid           not null references rule_version (id),
    basis            varchar(1000)  not null,
    to_confirm       boolean        not null,
    note             varchar(2000),
    recorded_at      timestamptz    not null,
    recorded_by      varchar(200)   not null,
    request_id       varchar(128),
    constraint retirement_override_kind check (kind in ('EARLY', 'LATER'))
);
create index retirement_override_person on retirement_override (person_id, decided_on desc, recorded_at desc);
create index retirement_override_retires_on on retirement_override (retires_on);
