-- One open appointment per person and position, as AppointmentRules checks: two identical requests sent at the
-- same moment both pass that check, and only this index stops the second (409), so a seat is not counted twice.
-- A database that already holds such twins must have one of each pair ended before this runs; the migration
-- fails naming the pair rather than choosing which to keep.
create unique index appointment_open_once on appointment (person_id, position_id) where end_date is null;
