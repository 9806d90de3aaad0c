-- A regulation is replaced by one successor: the service refuses to replace one no longer in force, and this
-- index holds that rule when two replacements are sent at the same moment.
create unique index regulation_replaced_once on regulation (replaces_id) where replaces_id is not null;
