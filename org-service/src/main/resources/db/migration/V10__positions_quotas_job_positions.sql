-- Positions (chức danh) per unit with their seats, staffing quotas (biên chế), job positions (vị trí việc làm)
-- and who holds which seat (learned from cadre-service's appointment events). Nothing here is ever deleted:
-- rows end with valid_to / status, and changes start a new effective-dated version.

-- Titles are reference data like kinds: the Party's list of leadership titles changes with its regulations.
create table position_title (
    code         varchar(60)  primary key,
    name_vi      varchar(200) not null,
    name_en      varchar(200) not null,
    sort_order   integer      not null,
    active       boolean      not null default true,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);

insert into position_title (code, name_vi, name_en, sort_order) values
    ('SECRETARY', 'Bí thư', 'Secretary', 10),
    ('DEPUTY_SECRETARY', 'Phó Bí thư', 'Deputy secretary', 20),
    ('STANDING_COMMITTEE_MEMBER', 'Ủy viên Ban Thường vụ', 'Standing committee member', 30),
    ('COMMITTEE_MEMBER', 'Ủy viên Ban Chấp hành', 'Executive committee member', 40),
    ('HEAD_OF_BOARD', 'Trưởng ban', 'Head of board', 50),
    ('DEPUTY_HEAD_OF_BOARD', 'Phó Trưởng ban', 'Deputy head of board', 60),
    ('INSPECTION_CHAIR', 'Chủ nhiệm Ủy ban Kiểm tra', 'Chair of the inspection commission', 70),
    ('INSPECTION_DEPUTY_CHAIR', 'Phó Chủ nhiệm Ủy ban Kiểm tra', 'Deputy chair of the inspection commission', 80),
    ('INSPECTION_MEMBER', 'Ủy viên Ủy ban Kiểm tra', 'Inspection commission member', 90),
    ('OFFICE_CHIEF', 'Chánh Văn phòng', 'Chief of office', 100),
    ('OFFICE_DEPUTY_CHIEF', 'Phó Chánh Văn phòng', 'Deputy chief of office', 110),
    ('DEPARTMENT_HEAD', 'Trưởng phòng', 'Head of department', 120),
    ('DEPARTMENT_DEPUTY_HEAD', 'Phó Trưởng phòng', 'Deputy head of department', 130),
    ('CELL_SECRETARY', 'Bí thư chi bộ', 'Party cell secretary', 140),
    ('CELL_DEPUTY_SECRETARY', 'Phó Bí thư chi bộ', 'Party cell deputy secretary', 150);

-- A position's identity: which title in which unit, from when until when.
create table position (
    id            uuid         primary key,
    org_unit_id   uuid         not null references org_unit (id),
    title_code    varchar(60)  not null references position_title (code),
    valid_from    date         not null,
    valid_to      date,
    status        varchar(20)  not null,
    end_reason    varchar(30),
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    -- valid_to = valid_from only for a position withdrawn before it took effect (its unit ceased first).
    constraint position_dates check (valid_to is null or valid_to >= valid_from),
    -- One position per title and unit at a time: a second deputy is a second seat, not a second position.
    constraint position_title_once exclude using gist (org_unit_id with =, title_code with =,
        daterange(valid_from, valid_to) with &&)
);
create index position_unit on position (org_unit_id, valid_from);

-- Seats and managing body over time; a change closes one version and starts the next.
create table position_version (
    id               uuid          primary key,
    position_id      uuid          not null references position (id),
    valid_from       date          not null,
    valid_to         date,
    seats            integer       not null check (seats >= 1),
    managing_body    varchar(300)  not null,
    decision_number  varchar(100),
    decision_date    date,
    decision_issuer  varchar(300),
    change           varchar(30)   not null,
    created_at       timestamptz   not null,
    constraint position_version_dates check (valid_to is null or valid_to >= valid_from),
    constraint position_version_no_overlap exclude using gist (position_id with =,
        daterange(valid_from, valid_to) with &&)
);
create index position_version_position on position_version (position_id, valid_from);

-- Who holds which seat, from cadre-service's appointment events; keyed by cadre-service's appointment id.
create table position_occupancy (
    appointment_id   uuid          primary key,
    position_id      uuid          not null references position (id),
    org_unit_id      uuid          not null references org_unit (id),
    person_id        uuid          not null,
    person_name      varchar(300),
    kind             varchar(30)   not null,
    start_date       date          not null,
    planned_end_date date,
    end_date         date,
    end_reason       varchar(40),
    decision_number  varchar(100),
    decision_date    date,
    decision_issuer  varchar(300),
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint position_occupancy_dates check (end_date is null or end_date >= start_date)
);
create index position_occupancy_position on position_occupancy (position_id, start_date);

-- Staffing quotas (biên chế) per unit, year and category, each from a decision. A new decision supersedes the
-- quota in force from its own date: the old row is closed (valid_to, SUPERSEDED), never overwritten.
create table staffing_quota (
    id               uuid          primary key,
    org_unit_id      uuid          not null references org_unit (id),
    quota_year       integer       not null check (quota_year between 1945 and 2200),
    category         varchar(30)   not null check (category in ('CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'CONTRACT')),
    quota_count      integer       not null check (quota_count >= 0),
    valid_from       date          not null,
    valid_to         date,
    status           varchar(20)   not null,
    decision_number  varchar(100)  not null,
    decision_date    date          not null,
    decision_issuer  varchar(300)  not null,
    superseded_by    uuid          references staffing_quota (id),
    version          bigint        not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint staffing_quota_dates check (valid_to is null or valid_to > valid_from)
);
create unique index staffing_quota_current on staffing_quota (org_unit_id, quota_year, category)
    where status = 'CURRENT';
create index staffing_quota_order on staffing_quota (org_unit_id, quota_year, category, valid_from, id);

-- Job positions (vị trí việc làm): the posts a unit's staffing is planned against.
create table job_position (
    id               uuid          primary key,
    org_unit_id      uuid          not null references org_unit (id),
    code             varchar(50)   not null,
    name             varchar(300)  not null,
    required_grade   varchar(100)  not null,
    headcount        integer       not null check (headcount >= 1),
    valid_from       date          not null,
    valid_to         date,
    status           varchar(20)   not null,
    version          bigint        not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint job_position_dates check (valid_to is null or valid_to > valid_from)
);
-- A code names one open job position in its unit; an ended one frees its code for a successor.
create unique index job_position_code on job_position (org_unit_id, lower(code)) where status = 'ACTIVE';
create index job_position_order on job_position (org_unit_id, lower(code), id);
