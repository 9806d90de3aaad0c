-- Effective-dated rule sets (platform-rules), in every service that includes db/rules in quarkus.flyway.locations.
-- A rule (e.g. cadre.discipline-bars) has versions; the one in force on a day is the one with the latest valid_from
-- on or before that day (a later-recorded version with the same valid_from corrects an earlier one), unless that
-- version's own valid_to has passed. Versions are never updated or deleted: each row is its own audit record
-- (who recorded it, when, from which request), and decisions keep the id of the version that judged them.

create table rule_set (
    code         varchar(100)  primary key,
    title        varchar(300)  not null,
    description  varchar(4000),
    -- The rule's ETag: bumped by every version added, so two administrators cannot add versions on stale reads.
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);

create table rule_version (
    id               uuid          primary key,
    rule_code        varchar(100)  not null references rule_set (code),
    -- Order of recording: among versions with the same valid_from, the later-recorded one is in force.
    seq              bigint        generated always as identity unique,
    valid_from       date          not null,
    -- Last day in force, when the text itself says so (or a rule is abolished); otherwise it runs until the next
    -- version's valid_from.
    valid_to         date,
    rule_values      jsonb         not null,
    basis_document   varchar(200)  not null,
    basis_issued_on  date,
    basis_article    varchar(300),
    basis_title      varchar(500),
    -- The figures come from secondary sources (press, legal-portal copies): the Board must check the official text.
    to_confirm       boolean       not null,
    note             varchar(2000),
    -- Versions the service seeds carry a stable key, so a restart inserts only the ones it does not have yet.
    seed_key         varchar(200)  unique,
    recorded_at      timestamptz   not null,
    recorded_by      varchar(200)  not null,
    request_id       varchar(128),
    constraint rule_version_period check (valid_to is null or valid_to >= valid_from)
);

create index rule_version_in_force on rule_version (rule_code, valid_from desc, seq desc);
