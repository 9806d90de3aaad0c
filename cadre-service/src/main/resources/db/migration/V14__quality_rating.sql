-- Yearly quality rating (đánh giá, xếp loại chất lượng hằng năm) of a person by the grassroots organization that
-- rated them. One rating per person and year; a correction updates it under its version and is audited.
create table quality_rating (
    id            uuid          primary key,
    person_id     uuid          not null references person (id),
    year          integer       not null,
    rating        varchar(20)   not null,
    org_unit_id   uuid          not null,
    note          varchar(500),
    version       bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint quality_rating_one_per_year unique (person_id, year)
);

create index quality_rating_unit_year on quality_rating (org_unit_id, year);
