-- Mobile sync reads the people changed since a time, in (updated_at, id) order, and the records that left a
-- caller's units since then (their managing unit changed, per the audit trail).
create index person_changes on person (updated_at, id);
create index person_audit_unit_moves on person_audit (at, person_id) where (changes -> 'currentOrgUnitId') is not null;
