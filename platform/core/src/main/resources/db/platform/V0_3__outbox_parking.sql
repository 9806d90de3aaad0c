-- A row Kafka refuses for a reason of its own (too large, invalid or missing topic, not authorized) is retried
-- tochuc.outbox.max-attempts times, then parked: taken out of the stream with its reason, so the rows behind it
-- keep flowing. Broker outages never count towards parking.
alter table outbox_event add column refusals integer not null default 0;
alter table outbox_event add column next_attempt_at timestamptz;
alter table outbox_event add column parked_at timestamptz;

-- The relay looks only for rows neither sent nor parked, oldest first.
drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (seq) where sent_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;
