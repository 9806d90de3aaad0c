-- Mobile sync (GET /api/v1/appointments/changes?since=) reads the appointments changed since a time in
-- (updated_at, id) order; the moves of people between units come from person_audit (index of V51).
create index appointment_changes on appointment (updated_at, id);
