-- Reactions to org-service's restructuring events (merged, consolidated, split, dissolved).
-- A member of a ceasing cell with no single successor (split into several, dissolved) waits for manual placement
-- (chờ bố trí sinh hoạt); a transfer clears the flag.
alter table party_membership add column placement_flagged_at timestamptz;
alter table party_membership add column placement_note varchar(300);
alter table party_membership add column placement_candidates jsonb;
create index party_membership_awaiting_placement on party_membership (placement_flagged_at, id)
    where placement_flagged_at is not null;

-- An appointment ended by a restructuring stays flagged (chờ bố trí lại) until the person starts a new
-- appointment, which is recorded here.
alter table appointment add column rearranged_by uuid;
drop index appointment_flagged;
create index appointment_flagged on appointment (flagged_at, id) where flagged_at is not null and rearranged_by is null;
