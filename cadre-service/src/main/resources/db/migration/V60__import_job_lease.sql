-- With several replicas a job belongs to the instance that runs it (decisions.md, Bulk import): the owner renews
-- heartbeat_at while the job is queued or running; only a job whose heartbeat is older than the lease may be failed
-- by another instance. Jobs from before this migration have no owner and count as expired.
alter table import_job add column owner varchar(100);
alter table import_job add column heartbeat_at timestamptz;
