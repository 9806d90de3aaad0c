-- How and by which case a unit ceased, so its history can end with that step (a dissolution leaves no lineage edge
-- to carry the case). Units that ceased before this column existed read the lineage instead.
alter table org_unit add column ceased_how text;
alter table org_unit add column ceased_case_id uuid;
