-- The job executor finds due jobs through an index instead of reading the whole job table (was the engine plugin
-- JobAcquisitionIndex). With ensureJobDueDateNotNull and jobExecutorAcquireByDueDate (application.yaml) acquisition
-- asks for "due date <= now, oldest first, 10 rows": on this index it reads the due jobs only, however many future
-- reminders and escalations wait. Without it the benchmark counted 1.95 billion rows read from ACT_RU_JOB in one
-- run, and the timer storm slowed from 253 to 86 jobs/s once 66,000 future timers existed (docs/benchmark.md).
-- "if not exists": installations from before this migration have the indexes already.
create index if not exists ACT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);

-- Acquisition skips a due job while another job of its instance is locked, asking for each candidate whether one
-- exists. The engine's index on PROCESS_INSTANCE_ID_ made that read all of the instance's jobs (20 per unit in the
-- timer storm, 3 ms per acquisition); this one holds only the few locked jobs.
create index if not exists ACT_IDX_JOB_LOCKED_PROCINST on ACT_RU_JOB (PROCESS_INSTANCE_ID_)
    where LOCK_OWNER_ is not null and EXCLUSIVE_;

-- Jobs written before ensureJobDueDateNotNull have no due date and would never be acquired.
update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) where DUEDATE_ is null;
