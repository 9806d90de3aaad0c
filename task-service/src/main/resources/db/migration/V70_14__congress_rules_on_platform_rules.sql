-- The congress schedule rules move onto platform-rules (issue 14): each term's schedule is the rule
-- task.congress-schedule.<term> in rule_set / rule_version (db/rules V0_5), its values the per-kind rows of
-- congress_rule as JSON: {"name": ..., "levels": [{"unitKind", "deadline", "beforeSuperior", "minDaysBeforeSuperior",
-- "planLeadWorkingDays", "documentsLeadWorkingDays", "personnelLeadWorkingDays", "heldRequiresPersonnel",
-- "defaultCongressType"}]}. Versions keep their ids, so plans and published events keep naming the same version.
-- congress_rule_set and congress_rule stay as they were (read-only history, no longer read by the service).

insert into rule_set (code, title, description, version, created_at, updated_at)
select 'task.congress-schedule.' || term,
       'Lịch đại hội đảng bộ các cấp nhiệm kỳ ' || term,
       'Per kind of unit: the deadline of its congress, whether it comes before the superior''s and by how many '
           || 'days, the lead times (working days) of the plan, the documents and the personnel plan, whether a '
           || 'congress is recorded held only after the personnel plan, the default congress type. The version in '
           || 'force on the congress day judges it.',
       0, min(created_at), max(updated_at)
from congress_rule_set
group by term
on conflict (code) do nothing;

-- Versions in force, and replaced versions whose correction starts the same day (in platform-rules a later-recorded
-- version with the same valid_from corrects an earlier one), in the order they were issued. A version replaced by
-- one starting another day has no equivalent there and stays only in congress_rule_set.
insert into rule_version (id, rule_code, valid_from, valid_to, rule_values, basis_document, basis_issued_on,
                          basis_article, basis_title, to_confirm, note, seed_key, recorded_at, recorded_by)
select s.id, 'task.congress-schedule.' || s.term, s.valid_from, null,
       jsonb_build_object('name', s.name, 'levels',
           (select jsonb_agg(jsonb_build_object(
                       'unitKind', r.unit_kind, 'deadline', r.deadline, 'beforeSuperior', r.before_superior,
                       'minDaysBeforeSuperior', r.min_days_before_superior,
                       'planLeadWorkingDays', r.plan_lead_working_days,
                       'documentsLeadWorkingDays', r.documents_lead_working_days,
                       'personnelLeadWorkingDays', r.personnel_lead_working_days,
                       'heldRequiresPersonnel', r.held_requires_personnel,
                       'defaultCongressType', r.default_congress_type) order by r.deadline, r.unit_kind)
            from congress_rule r where r.rule_set_id = s.id)),
       s.basis_number, s.basis_date, null, null,
       -- The two seeded directives: the deadlines are the project's reading and the lead times placeholders.
       s.id in ('35c7a000-0000-4000-8000-000000000035', '45c7a000-0000-4000-8000-000000000045'),
       s.basis_note,
       case s.id when '35c7a000-0000-4000-8000-000000000035' then 'congress-schedule/2025-2030/ct-35-2024'
                 when '45c7a000-0000-4000-8000-000000000045' then 'congress-schedule/2025-2030/ct-45-2025' end,
       s.created_at,
       case when s.id in ('35c7a000-0000-4000-8000-000000000035', '45c7a000-0000-4000-8000-000000000045')
            then 'seed:rules/task-rules.json' else 'migration:V70_14 (issued through /api/v1/congress-rules)' end
from congress_rule_set s
where s.status = 'IN_FORCE'
   or exists (select 1 from congress_rule_set c where c.id = s.replaced_by_id and c.valid_from = s.valid_from)
order by s.created_at, s.id;

-- A plan keeps the platform version that judges it. Plans are recomputed off a replaced version when it is replaced,
-- so none should point at one left behind; if one does, it loses the reference until its next change.
alter table congress_plan drop constraint if exists congress_plan_rule_set_id_fkey;
update congress_plan set rule_set_id = null where rule_set_id not in (select id from rule_version);
alter table congress_plan rename column rule_set_id to rule_version_id;
alter table congress_plan add constraint congress_plan_rule_version
    foreign key (rule_version_id) references rule_version (id);
