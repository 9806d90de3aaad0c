-- Issue 14: the statutory retirement roadmap is the rule cadre.retirement-age (effective-dated versions) rather than
-- code. A retirement decision keeps the version that set the statutory day it departs from, and its citation, so
-- that a later version of the roadmap leaves the decision reading as it was judged. Null for decisions recorded
-- before (their roadmap_date came from the Labour Code 2019 roadmap then in code).
alter table retirement_override
    add column roadmap_rule_version_id uuid references rule_version (id),
    add column roadmap_basis varchar(1000);
