-- Succession after restructuring (docs/decisions.md "Succession after restructuring"): what a unit that ceased in
-- org-service owned passes to its successor as of the effective date, and each item keeps its first owner on record.

-- The units a task named before its first hand-over (null: never handed over).
alter table task add column original_lead_unit_id uuid;
alter table task add column original_assigning_unit_id uuid;

-- The unit that owned a target before its first hand-over, and the day its present owner took it over.
alter table target add column original_owner_unit_id uuid;
alter table target add column owner_since date;

-- A plan whose unit ceased before its congress: closed on that day, with the reason and the unit that carries on.
alter table congress_plan add column closed_on date;
alter table congress_plan add column closed_reason varchar(2000);
alter table congress_plan add column successor_unit_id uuid;
alter table congress_plan add constraint congress_plan_closed check ((closed_on is null) = (closed_reason is null));
