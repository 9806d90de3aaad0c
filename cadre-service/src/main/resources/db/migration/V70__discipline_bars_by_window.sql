-- Discipline bars by window and by rule version (platform-rules): a decision bars appointment and planning to a
-- higher post until higher_until, and to an equal or higher post (and reappointment) until equal_until (each the
-- first day allowed again; null: that window is not barred). The versions of the rules that judged the decision
-- are kept, so a later change of the rules never changes how an earlier decision reads.
alter table discipline add column higher_until date;
alter table discipline add column equal_until date;
alter table discipline add column bar_rule_version_id uuid references rule_version (id);
alter table discipline add column form_rule_version_id uuid references rule_version (id);
-- The basis as the answers cite it, e.g. "377-QĐ/TW (2025-10-08) (to confirm)", or the decision's own end.
alter table discipline add column bar_basis varchar(600);

-- Decisions recorded before: their single period barred every appointment but re-arrangement.
update discipline set equal_until = barred_until, higher_until = barred_until,
    bar_basis = 'the single period of the suite before rule sets';

-- barred_until stays the end of the longer window (the register and the event read it); a form that bars nothing
-- ends its bar the day it starts.
alter table discipline drop constraint discipline_bar;
alter table discipline add constraint discipline_bar check (barred_until >= barred_from);
