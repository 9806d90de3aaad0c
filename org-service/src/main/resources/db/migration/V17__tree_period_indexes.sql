-- A tree read's first statement also finds the period its date falls in: the latest day, up to that date, on which
-- a version took or lost effect or a unit ceased. Every date of one period has the same tree, so TreeAnswers keeps
-- one answer per period instead of one per date. Each of the three maxima is a probe of one of these indexes.
create index org_unit_version_valid_from on org_unit_version (valid_from);
create index org_unit_version_valid_to on org_unit_version (valid_to);
create index org_unit_ceased_on on org_unit (ceased_on);
