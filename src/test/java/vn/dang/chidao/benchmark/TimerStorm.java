package vn.dang.chidao.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item 3. Many assignment deadlines due at the same instant: a directive to U units with A assignments each
 * (U × A deadlines; each has a reminder and an escalation timer, so 2 × U × A timer jobs). Once every unit
 * has acknowledged, the due dates of exactly those timer jobs are set to now in ACT_RU_JOB, and the job
 * executor (nobody else) runs them. Measured: time from that instant until the last job committed, jobs per
 * second, and how the executor got to them (first pick-up). Counted: runs per assignment by a commit
 * listener ({@link TimerRunCounter}) and by the engine's history, outbox rows per dedup key and the
 * assignment rows marked reminded/escalated: any job run twice or never shows.
 */
final class TimerStorm {

    static final String ITEM = "timer storm";
    static final String DUE_TO_LAST = "due instant → last job committed";
    static final String JOBS_PER_SECOND = "jobs per second, end to end";
    static final String PICKUP = "due instant → first job committed";
    static final String EXECUTION_RATE = "jobs per second, first → last commit";
    static final String DUPLICATES = "jobs run more than once";
    static final String LOST = "jobs never run";

    private final BenchmarkSettings settings;
    private final Results results;
    private final List<String> units;
    private final LocalDate deadline;

    TimerStorm(BenchmarkSettings settings, Results results, List<String> units, LocalDate deadline) {
        this.settings = settings;
        this.results = results;
        this.units = units.subList(0, settings.timerUnits());
        this.deadline = deadline;
    }

    String item() {
        return item(settings);
    }

    /**
     * How PostgreSQL runs the job executor's acquisition query (its shape in Camunda 7.24, Job.xml, ordered by due
     * date as application.yaml configures it) right when the storm's jobs became due: with the due date possibly
     * null (the engine's default) and never null (ensureJobDueDateNotNull, ours). Read-only (no locks taken); for deciding on an index on ACT_RU_JOB.
     */
    static Map<String, Object> acquisitionPlans(EngineUnderTest e) {
        Map<String, Object> plans = new LinkedHashMap<>();
        for (boolean nullable : new boolean[] {true, false}) {
            String sql = "explain (analyze, buffers, costs off) select RES.ID_, RES.REV_, RES.DUEDATE_, "
                    + "RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and ("
                    + (nullable ? "RES.DUEDATE_ is null or " : "") + "RES.DUEDATE_ <= now()) and (RES.LOCK_OWNER_ is null "
                    + "or RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1 and ((RES.EXCLUSIVE_ = true and not "
                    + "exists (select J2.ID_ from ACT_RU_JOB J2 where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ "
                    + "and (J2.EXCLUSIVE_ = true) and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now()))) "
                    + "or RES.EXCLUSIVE_ = false) order by RES.DUEDATE_ asc limit 10";
            plans.put(nullable ? "dueDateMayBeNull" : "dueDateNeverNull", e.jdbc.queryForList(sql, String.class));
        }
        return plans;
    }

    static String item(BenchmarkSettings s) {
        return ITEM + ", " + s.timerDeadlines() + " deadlines (" + 2 * s.timerDeadlines() + " jobs)";
    }

    void run(EngineUnderTest e, int repetition) {
        int perUnit = settings.timerAssignmentsPerUnit();
        int deadlines = units.size() * perUnit;
        int jobs = 2 * deadlines;
        String subject = "V/v thử tải " + deadlines + " hạn cùng lúc, lần " + repetition;
        String pi = e.draftedDirective(EngineUnderTest.draft(subject, units,
                Collections.nCopies(perUnit, units), deadline));

        // set-up, not measured: dispatch, every unit acknowledges, each gets its assignment tasks and timers
        long setupStart = System.nanoTime();
        java.sql.Timestamp since = EngineUnderTest.justBefore();
        e.approve(pi);
        e.await("acknowledgement tasks", settings.timeout(), () -> e.countTasksCreatedSince(FanOut.ACK, since) >= units.size());
        e.awaitJobsDone(settings.timeout());
        String number = e.documentNumber(pi);
        Map<String, String> acks = e.unitTasks(number, FanOut.ACK);
        if (acks.size() != units.size() || e.unitInstances(number).size() != units.size()) {
            throw new IllegalStateException(e.label + ": " + acks.size() + " units instead of " + units.size());
        }
        ParallelCompletion.run(e, acks, settings.fanOutThreads(), Map.of("leadPerson", "Bí thư chi bộ"));
        e.awaitJobsDone(settings.timeout());
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        String timerJobs = "select j.id_ from act_ru_job j join act_ru_execution pi on pi.id_ = j.process_instance_id_ "
                + "where pi.business_key_ like ? and j.handler_type_ like 'timer%'";
        int scheduled = e.jdbc.queryForObject("select count(*) from (" + timerJobs + ") x", Integer.class, number + " %");
        if (scheduled != jobs) {
            throw new IllegalStateException(e.label + ": " + scheduled + " timer jobs, expected " + jobs);
        }

        Map<String, Object> d = new LinkedHashMap<>();
        e.timerRuns.reset();
        Probe probe = new Probe();
        long due = System.nanoTime();
        int moved = e.jdbc.update("update act_ru_job set duedate_ = now() where id_ in (" + timerJobs + ")", number + " %");
        if (moved != jobs) {
            throw new IllegalStateException(e.label + ": moved " + moved + " timer jobs, expected " + jobs);
        }
        // Done when the commit listener has seen every job (in memory: polling ACT_RU_JOB would compete with the
        // job executor); the database is asked every few seconds only, for jobs that keep failing.
        if (Boolean.getBoolean("benchmark.timers.explain")) {
            d.put("acquisitionPlans", acquisitionPlans(e)); // takes ~0.5 s of the storm's time
        }
        String remaining = "select count(*) from (" + timerJobs + ") x";
        List<double[]> progress = new ArrayList<>();
        long deadlineNanos = due + settings.timeout().toNanos();
        long nextDbCheck = due;
        int left = jobs;
        while (true) {
            long now = System.nanoTime();
            int seen = e.timerRuns.snapshot().distinctKeys();
            if (seen >= jobs || now > deadlineNanos) {
                break;
            }
            if (now >= nextDbCheck) {
                left = e.jdbc.queryForObject(remaining, Integer.class, number + " %");
                int failing = e.jdbc.queryForObject("select count(*) from act_ru_job where id_ in (" + timerJobs
                        + ") and (exception_msg_ is not null or retries_ = 0)", Integer.class, number + " %");
                progress.add(new double[] {(now - due) / 1e9, left, seen, failing});
                if (left == 0 || (failing > 0 && failing >= left)) {
                    break;
                }
                nextDbCheck = now + 5_000_000_000L;
            }
            EngineUnderTest.sleep(50);
        }
        EngineUnderTest.sleep(2000); // a late second run of any job still gets counted
        left = e.jdbc.queryForObject(remaining, Integer.class, number + " %");
        TimerRunCounter.Snapshot runs = e.timerRuns.snapshot();
        Probe.Result p = probe.stop();

        double lastSeconds = runs.lastCommitNanos() == 0 ? Double.NaN : (runs.lastCommitNanos() - due) / 1e9;
        double firstSeconds = runs.firstCommitNanos() == 0 ? Double.NaN : (runs.firstCommitNanos() - due) / 1e9;
        int historyRuns = e.jdbc.queryForObject("select count(*) from act_hi_actinst a join act_ru_execution pi "
                + "on pi.id_ = a.proc_inst_id_ where pi.business_key_ like ? and a.act_id_ in ('Task_SendReminder', "
                + "'Task_ReportOverdue')", Integer.class, number + " %");
        int historyKeys = e.jdbc.queryForObject("select count(*) from (select distinct a.parent_act_inst_id_, a.act_id_ "
                + "from act_hi_actinst a join act_ru_execution pi on pi.id_ = a.proc_inst_id_ where pi.business_key_ "
                + "like ? and a.act_id_ in ('Task_SendReminder', 'Task_ReportOverdue')) x", Integer.class, number + " %");
        int duplicates = Math.max(runs.extraRuns(), historyRuns - historyKeys);
        int lost = jobs - Math.min(runs.distinctKeys(), historyKeys);

        d.put("engine", e.label);
        d.put("repetition", repetition);
        d.put("documentNumber", number);
        d.put("units", units.size());
        d.put("assignmentsPerUnit", perUnit);
        d.put("deadlines", deadlines);
        d.put("timerJobs", jobs);
        d.put("setupSeconds", setupSeconds);
        d.put("jobsLeft", left);
        d.put("failedJobs", e.failedJobs());
        d.put("jobsWaitingForRetry", e.jobsWaitingForRetry());
        d.put("incidents", e.incidents());
        d.put("listener", Map.of("distinctKeys", runs.distinctKeys(), "committedRuns", runs.committedRuns(),
                "duplicatedKeys", runs.duplicatedKeys(), "extraRuns", runs.extraRuns(), "attempts", runs.attempts()));
        d.put("history", Map.of("runs", historyRuns, "distinctKeys", historyKeys));
        d.put("dueToFirstCommitSeconds", firstSeconds);
        d.put("dueToLastCommitSeconds", lastSeconds);
        d.put("progress", progress);
        d.put("probe", p.toMap());
        try {
            d.put("checks", e.checkTimerStorm(number, deadlines));
        } catch (IllegalStateException ex) {
            d.put("checks", ex.getMessage());
            results.problem(ex.getMessage());
        }
        results.detail("timer-storm", d);

        String item = item();
        results.add(item, DUE_TO_LAST, "s", e.label, lastSeconds, p);
        results.add(item, JOBS_PER_SECOND, "jobs/s", e.label, jobs / lastSeconds, p);
        results.add(item, PICKUP, "s", e.label, firstSeconds, p);
        results.add(item, EXECUTION_RATE, "jobs/s", e.label, jobs / (lastSeconds - firstSeconds), p);
        results.add(item, DUPLICATES, "", e.label, duplicates, p);
        results.add(item, LOST, "", e.label, lost, p);
        if (duplicates > 0 || lost > 0 || left > 0) {
            results.problem(e.label + ": timer storm " + repetition + ": " + duplicates + " duplicated, " + lost
                    + " lost, " + left + " jobs left (" + e.failedJobs() + " failing)");
        }
    }
}
