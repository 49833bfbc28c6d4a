-- The job executor finds due jobs through an index instead of reading the whole job table (was the engine plugin
-- JobAcquisitionIndex; the PostgreSQL script says why). H2 has no partial index, hence no ACT_IDX_JOB_LOCKED_PROCINST.
-- "if not exists": installations from before this migration have the index already.
create index if not exists ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);

-- Jobs written before ensureJobDueDateNotNull have no due date and would never be acquired.
update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null;
