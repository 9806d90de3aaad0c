-- A person's memberships, newest admission first: the membership summary of every page of the person list and of
-- every CV reads them for up to 200 persons at once. The partial unique index of V3 covers only the membership in
-- force, so "person_id in (...)" without the stage read the whole table: 72 ms per page at 200,000 members
-- (PersonSearchBenchmark, EXPLAIN ANALYZE: a parallel sequential scan removing 66,650 rows per worker).
create index party_membership_by_person on party_membership (person_id, admitted_on desc, id);
