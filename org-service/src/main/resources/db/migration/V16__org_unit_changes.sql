-- Mobile sync (GET /api/v1/org-units/changes?since=) reads the units changed since a time in (updated_at, id) order.
create index org_unit_changes on org_unit (updated_at, id);
