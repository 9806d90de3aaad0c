create extension if not exists pg_trgm;

-- A person's CV (sơ yếu lý lịch, form 2C). Name parts are kept as declared, never split from a full name.
-- The repeated sections (degrees, work history, salary grades, training, awards, family) are one validated JSON
-- document: they are read and written with the record as a whole, under its single version, and no query
-- filters on them yet (decisions.md, cadre-service).
create table person (
    id                     uuid          primary key,
    national_id            varchar(12),
    surname                varchar(50)   not null,
    middle_name            varchar(100),
    given_name             varchar(50)   not null,
    used_surname           varchar(50),
    used_middle_name       varchar(100),
    used_given_name        varchar(50),
    other_names            varchar(200),
    sex                    varchar(10)   not null,
    birth_year             integer       not null,
    birth_month            integer,
    birth_day              integer,
    birth_precision        varchar(5)    not null,
    -- The first day the declared date of birth can mean; age filters use it.
    birth_date_floor       date          not null,
    death_date             date,
    birthplace             varchar(300),
    birthplace_unit_code   varchar(5),
    home_town              varchar(300),
    home_town_unit_code    varchar(5),
    ethnicity_code         varchar(20),
    religion_code          varchar(20),
    general_education      varchar(5),
    education_level_code   varchar(20),
    political_theory_code  varchar(20),
    state_management_code  varchar(20),
    it_level               varchar(200),
    current_org_unit_id    uuid,
    cv_sections            jsonb         not null default '{}',
    -- Folded birth name, name in use and other names: diacritic- and case-insensitive search.
    search_key             text          not null,
    -- Folded birth name alone, for the possible-duplicate warning.
    birth_name_key         text          not null,
    -- Vietnamese order (given, middle, surname; a < ă < â ...), computed in Java; compared byte by byte.
    sort_key               text          collate "C" not null,
    version                bigint        not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);

create unique index person_national_id_unique on person (national_id) where national_id is not null;
create index person_search on person using gin (search_key gin_trgm_ops);
create index person_sort on person (sort_key, id);
create index person_duplicates on person (birth_name_key, birth_year);
create index person_org_unit on person (current_org_unit_id);

-- Every change to a person: who (a header until JWT exists), when, what (field: from, to), from which request.
create table person_audit (
    id          bigserial     primary key,
    person_id   uuid          not null references person (id),
    action      varchar(20)   not null,
    actor       varchar(100)  not null,
    request_id  varchar(128),
    at          timestamptz   not null,
    changes     jsonb         not null
);

create index person_audit_person on person_audit (person_id, id);
