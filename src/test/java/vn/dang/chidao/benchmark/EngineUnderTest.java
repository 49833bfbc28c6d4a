package vn.dang.chidao.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dang.chidao.process.WorkflowDriver;

/**
 * One side of the comparison: our application, or the bare engine running copies of the same BPMN with no-op
 * delegates. Both are driven the same way, as the demo users would in Tasklist: every completion runs
 * authenticated as that user with that user's groups.
 */
abstract class EngineUnderTest {

    static final String OURS = "ours";
    static final String BASELINE = "baseline";

    /** Who clicks "Hoàn thành" in a unit: any member of the unit's group. */
    static final String UNIT_USER = "bench-user";

    final String label;
    final ProcessEngine engine;
    final JdbcTemplate jdbc;
    final TimerRunCounter timerRuns;

    private static final int MAX_ATTEMPTS = 5;
    private final Map<String, AtomicInteger> retries = new ConcurrentHashMap<>();

    EngineUnderTest(String label, ProcessEngine engine, JdbcTemplate jdbc, TimerRunCounter timerRuns) {
        this.label = label;
        this.engine = engine;
        this.jdbc = jdbc;
        this.timerRuns = timerRuns;
    }

    abstract List<String> groupsOf(String user);

    /** Checks on the project's own tables after a fan-out; empty for the bare engine. */
    abstract Map<String, Object> checkDispatch(String documentNumber, int units);

    /** Checks on the project's own tables after a timer storm; empty for the bare engine. */
    abstract Map<String, Object> checkTimerStorm(String documentNumber, int deadlines);

    JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    void startJobExecutor() {
        if (!jobExecutor().isActive()) {
            jobExecutor().start();
        }
    }

    void stopJobExecutor() {
        if (jobExecutor().isActive()) {
            jobExecutor().shutdown();
        }
    }

    // ---- driving a directive ------------------------------------------------------------------------------

    /** A draft as the form submits it, with the given assignments (each: the units it is addressed to). */
    static Map<String, Object> draft(String subject, List<String> recipients, List<List<String>> assignmentUnits,
                                     LocalDate deadline) {
        Map<String, Object> v = new LinkedHashMap<>(WorkflowDriver.draft(subject, recipients, deadline));
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (int i = 0; i < assignmentUnits.size(); i++) {
            assignments.add(Map.of("content", "Nhiệm vụ thử tải số " + (i + 1) + ": quán triệt và triển khai",
                    "units", assignmentUnits.get(i), "deadline", deadline.toString()));
        }
        v.put("assignments", assignments);
        return v;
    }

    /** Starts a Công văn as soanthao, drafts it and passes the format check: it waits for the signer. */
    String draftedDirective(Map<String, Object> draft) {
        String pi = as("soanthao", () -> engine.getFormService().submitStartForm(
                engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("cong-van")
                        .latestVersion().singleResult().getId(),
                Map.of("subject", draft.get("subject"))).getId());
        complete("soanthao", task(pi, "Task_DraftDirective"), draft);
        complete("chanhvanphong", task(pi, "Task_CheckFormat"), Map.of("formatDecision", "pass"));
        return pi;
    }

    void approve(String pi) {
        complete("phobithu", task(pi, "Task_ApproveDirective"), Map.of("approvalDecision", "pass"));
    }

    /** The open task of that definition key anywhere in the directive's instance tree. */
    String task(String rootProcessInstanceId, String taskKey) {
        List<String> ids = jdbc.queryForList("select t.id_ from act_ru_task t join act_ru_execution e "
                + "on e.id_ = t.proc_inst_id_ where e.root_proc_inst_id_ = ? and t.task_def_key_ = ?", String.class,
                rootProcessInstanceId, taskKey);
        if (ids.size() != 1) {
            throw new IllegalStateException(label + ": expected one " + taskKey + " in " + rootProcessInstanceId
                    + ", found " + ids.size());
        }
        return ids.get(0);
    }

    List<String> tasksOfInstance(String processInstanceId, String taskKey) {
        return jdbc.queryForList("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ? "
                + "order by create_time_, id_", String.class, processInstanceId, taskKey);
    }

    /**
     * The number the directive got, wherever its instance tree holds it now (the called issue-directive instance,
     * or the directive's own after it ended). Read from the table: asking the engine for a variable of a called
     * instance that has just ended is an engine exception, logged as an ERROR.
     */
    String documentNumber(String directiveProcessInstanceId) {
        for (int attempt = 1; ; attempt++) {
            List<String> numbers = jdbc.queryForList("select v.text_ from act_ru_variable v join act_ru_execution e "
                    + "on e.id_ = v.execution_id_ where v.name_ = 'documentNumber' and v.text_ is not null "
                    + "and e.root_proc_inst_id_ = ?", String.class, directiveProcessInstanceId);
            if (!numbers.isEmpty()) {
                return numbers.get(0);
            }
            if (attempt == 100) {
                throw new IllegalStateException(label + ": directive " + directiveProcessInstanceId + " has no number");
            }
            sleep(10);
        }
    }

    /** Business key of a unit's work instance, as UnitWorkStarter (and the baseline's dispatch) gives it. */
    static String unitKey(String documentNumber, String unitCode) {
        return documentNumber + " " + unitCode;
    }

    String unitInstance(String documentNumber, String unitCode) {
        List<String> ids = jdbc.queryForList("select id_ from act_ru_execution where business_key_ = ? "
                + "and id_ = proc_inst_id_", String.class, unitKey(documentNumber, unitCode));
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Every running unit-work instance of the directive: business key → instance id. */
    Map<String, String> unitInstances(String documentNumber) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.query("select business_key_, id_ from act_ru_execution where business_key_ like ? "
                        + "and id_ = proc_inst_id_ order by business_key_", rs -> {
                    String key = rs.getString(1);
                    if (result.put(key, rs.getString(2)) != null) {
                        throw new IllegalStateException(label + ": two instances for " + key);
                    }
                }, documentNumber + " %");
        return result;
    }

    /** Open tasks of that key in the directive's unit-work instances: unit code → task id. */
    Map<String, String> unitTasks(String documentNumber, String taskKey) {
        Map<String, String> result = new LinkedHashMap<>();
        int prefix = documentNumber.length() + 1;
        jdbc.query("select e.business_key_, t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                        + "where e.business_key_ like ? and t.task_def_key_ = ? order by e.business_key_, t.id_", rs -> {
                    result.putIfAbsent(rs.getString(1).substring(prefix), rs.getString(2));
                }, documentNumber + " %", taskKey);
        return result;
    }

    int countTasks(String taskKey) {
        return jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = ?", Integer.class, taskKey);
    }

    /**
     * Open tasks of that key created since the instant: read through the index on CREATE_TIME_, so that polling
     * it while the engine works costs next to nothing (a scan of ACT_RU_TASK would compete with what is measured).
     */
    int countTasksCreatedSince(String taskKey, java.sql.Timestamp since) {
        return jdbc.queryForObject("select count(*) from act_ru_task where create_time_ >= ? and task_def_key_ = ?",
                Integer.class, since, taskKey);
    }

    /** A little before now, in the engine's clock (the JVM's): tasks created from then on are this run's. */
    static java.sql.Timestamp justBefore() {
        return new java.sql.Timestamp(System.currentTimeMillis() - 1000);
    }

    /** Jobs the job executor could run now (async continuations, due timers). */
    int executableJobs() {
        return jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                + "and (duedate_ is null or duedate_ <= now())", Integer.class);
    }

    /** Jobs out of retries: an incident, work that will not happen without an administrator. */
    int failedJobs() {
        return jdbc.queryForObject("select count(*) from act_ru_job where retries_ = 0", Integer.class);
    }

    /** Jobs whose last run failed and that wait for their retry (e.g. after colliding with a user's completion). */
    int jobsWaitingForRetry() {
        return jdbc.queryForObject("select count(*) from act_ru_job where exception_msg_ is not null and retries_ > 0",
                Integer.class);
    }

    /** Tables read by sequential scans the most: where an index is missing. */
    java.util.List<Map<String, Object>> sequentialScans() {
        return jdbc.queryForList("select relname as table, seq_scan, seq_tup_read, idx_scan, n_live_tup "
                + "from pg_stat_user_tables where seq_tup_read > 0 order by seq_tup_read desc limit 12");
    }

    /**
     * The statements this database spent the most time on since the last reset (pg_stat_statements; the server
     * must preload it: -Dbenchmark.statements=true). Empty when the extension is not there.
     */
    java.util.List<Map<String, Object>> topStatements(boolean reset) {
        try {
            jdbc.execute("create extension if not exists pg_stat_statements");
            java.util.List<Map<String, Object>> top = jdbc.queryForList("select round(s.total_exec_time) as total_ms, "
                    + "s.calls, round((s.total_exec_time / greatest(s.calls, 1))::numeric, 3) as mean_ms, s.rows, "
                    + "left(regexp_replace(s.query, '\\s+', ' ', 'g'), 400) as query from pg_stat_statements s "
                    + "join pg_database d on d.oid = s.dbid where d.datname = current_database() "
                    + "order by s.total_exec_time desc limit 150");
            top.add(0, jdbc.queryForMap("select 'all statements' as query, round(sum(s.total_exec_time)) as total_ms, "
                    + "sum(s.calls) as calls, sum(s.rows) as rows from pg_stat_statements s join pg_database d "
                    + "on d.oid = s.dbid where d.datname = current_database()"));
            if (reset) {
                jdbc.execute("select pg_stat_statements_reset()");
            }
            return top;
        } catch (org.springframework.dao.DataAccessException e) {
            return java.util.List.of(Map.of("unavailable", String.valueOf(e.getMostSpecificCause().getMessage())));
        }
    }

    int incidents() {
        return jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class);
    }

    /** Waits (the job executor works) until no job can run any more. */
    void awaitJobsDone(Duration timeout) {
        await("no executable job left", timeout, () -> executableJobs() == 0);
        if (failedJobs() > 0) {
            throw new IllegalStateException(label + ": " + failedJobs() + " jobs out of retries: " + jdbc.queryForList(
                    "select exception_msg_ from act_ru_job where retries_ = 0 limit 3", String.class));
        }
    }

    void await(String what, Duration timeout, BooleanSupplier done) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(label + ": timed out after " + timeout + " waiting for: " + what);
            }
            // resolution 2% of the time waited so far (5 ms … 1 s): precise for short waits, cheap for long ones
            sleep(Math.max(5, Math.min(1000, (now - start) / 1_000_000 / 50)));
        }
    }

    // ---- acting as a user ---------------------------------------------------------------------------------

    void complete(String user, String taskId, Map<String, Object> variables) {
        completeAs(user, groupsOf(user), taskId, variables);
    }

    void completeAsUnit(String unitCode, String taskId, Map<String, Object> variables) {
        completeAs(UNIT_USER, List.of(unitCode), taskId, variables);
    }

    /**
     * Completes as the user would in Tasklist, who, shown "updated by another transaction", clicks again. Every
     * such retry is counted and reported ({@link #retries()}): a completion can collide with a job of the same
     * instance (before unit-work 2026.12.3, the notification branch beside the acknowledgement). The engine reports that
     * as an OptimisticLockingException, as a PostgreSQL deadlock, or, when it read the task before and its
     * execution after the other commit, as a NullPointerException; all roll back.
     */
    void completeAs(String user, List<String> groups, String taskId, Map<String, Object> variables) {
        for (int attempt = 1; ; attempt++) {
            engine.getIdentityService().setAuthentication(user, groups);
            try {
                engine.getTaskService().complete(taskId, WorkflowDriver.toVariables(variables));
                return;
            } catch (RuntimeException e) {
                String collision = collision(e);
                if (collision == null || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                retries.computeIfAbsent(collision, k -> new AtomicInteger()).incrementAndGet();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            sleep(20L * attempt);
        }
    }

    /**
     * What a clerk would see as "try again": the completion lost a race with another transaction on the same
     * instance and was rolled back. Null for anything else (a real error, never retried).
     */
    static String collision(Throwable e) {
        if (e instanceof OptimisticLockingException) {
            return "optimistic locking";
        }
        if (e instanceof NullPointerException) {
            return "stale read (NullPointerException)";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "40P01".equals(sql.getSQLState())) {
                return "deadlock";
            }
            if (t instanceof java.sql.BatchUpdateException b && b.getNextException() != null
                    && "40P01".equals(b.getNextException().getSQLState())) {
                return "deadlock";
            }
        }
        return null;
    }

    /** Completions clicked again after a collision, by exception, since the start. */
    Map<String, Integer> retries() {
        Map<String, Integer> m = new TreeMap<>();
        retries.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    int retryCount() {
        return retries.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    <T> T as(String user, java.util.function.Supplier<T> action) {
        engine.getIdentityService().setAuthentication(user, groupsOf(user));
        try {
            return action.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
