package vn.dang.chidao.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the benchmark runs, from system properties ({@code -Dbenchmark.…} on the Maven command line; surefire
 * hands them to the test JVM). Defaults are the full run; {@code -Dbenchmark.quick=true} gives small defaults
 * for a run of a few minutes, and every single value can still be set on its own.
 *
 * <pre>
 * benchmark.items            fanout,lifecycle,timers,query (any subset, in that order)
 * benchmark.sizes            fan-out sizes N                         full 10,100,1000,10000   quick 10,100,1000
 * benchmark.repetitions      repetitions of each figure (median)     full 3                   quick 1
 * benchmark.baseline         also run the bare engine (items 1-3)    true
 * benchmark.enforce          fail the build when a target is missed  false (print PASS/FAIL)
 * benchmark.fanout.threads   client threads completing the tasks     2
 * benchmark.lifecycle.directives  directives per thread count         full 20                  quick 6
 * benchmark.lifecycle.threads     client thread counts                1,4
 * benchmark.lifecycle.units       units per directive                 10
 * benchmark.timers.deadlines assignment deadlines due at once        full 10000               quick 1000
 * benchmark.timers.units     units they are spread over              full 1000                quick 100
 * benchmark.query.units      units with open tasks                   full 1000                quick 100
 * benchmark.query.tasksPerUnit  open assignment tasks per unit        100
 * benchmark.query.users      unit users sampled                      20
 * benchmark.query.rounds     query rounds per user                   10
 * benchmark.timeoutMinutes   longest wait for one phase              30
 * benchmark.jdbcUrl / .user / .password   a PostgreSQL server instead of the embedded one (needs CREATEDB)
 * benchmark.query.compareRevokeModes   also time the task query under each authorizationCheckRevokes   true
 * benchmark.timers.explain  EXPLAIN ANALYZE the job acquisition query when the storm is due    false
 * benchmark.sql              a statement run on the application's database before measuring (try an index)
 * benchmark.statements       pg_stat_statements per measurement, plans of statements > 150 ms in the log (embedded server)  false
 * benchmark.query.plans      after the task query: its SQL, EXPLAIN ANALYZE per user, and times under other planner settings  false
 * </pre>
 * Application settings can be tried the same way, e.g. {@code -Dcamunda.bpm.job-execution.max-jobs-per-acquisition=20}
 * (system properties win over application.yaml; the bare engine copies the job executor settings it ends up with).
 */
record BenchmarkSettings(
        Set<String> items,
        List<Integer> sizes,
        int repetitions,
        boolean baseline,
        boolean enforce,
        int fanOutThreads,
        int lifecycleDirectives,
        List<Integer> lifecycleThreads,
        int lifecycleUnits,
        int timerDeadlines,
        int timerUnits,
        int queryUnits,
        int queryTasksPerUnit,
        int queryUsers,
        int queryRounds,
        Duration timeout,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword) {

    static final String FAN_OUT = "fanout";
    static final String LIFECYCLE = "lifecycle";
    static final String TIMERS = "timers";
    static final String QUERY = "query";

    static BenchmarkSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("benchmark.quick");
        return new BenchmarkSettings(
                new LinkedHashSet<>(strings("benchmark.items", "fanout,lifecycle,timers,query")),
                ints("benchmark.sizes", quick ? "10,100,1000" : "10,100,1000,10000"),
                integer("benchmark.repetitions", quick ? 1 : 3),
                Boolean.parseBoolean(System.getProperty("benchmark.baseline", "true")),
                Boolean.getBoolean("benchmark.enforce"),
                integer("benchmark.fanout.threads", 2),
                integer("benchmark.lifecycle.directives", quick ? 6 : 20),
                ints("benchmark.lifecycle.threads", "1,4"),
                integer("benchmark.lifecycle.units", 10),
                integer("benchmark.timers.deadlines", quick ? 1000 : 10_000),
                integer("benchmark.timers.units", quick ? 100 : 1000),
                integer("benchmark.query.units", quick ? 100 : 1000),
                integer("benchmark.query.tasksPerUnit", 100),
                integer("benchmark.query.users", 20),
                integer("benchmark.query.rounds", 10),
                Duration.ofMinutes(integer("benchmark.timeoutMinutes", 30)),
                blankToNull(System.getProperty("benchmark.jdbcUrl")),
                System.getProperty("benchmark.user", "postgres"),
                System.getProperty("benchmark.password", "postgres"));
    }

    boolean runs(String item) {
        return items.contains(item);
    }

    /** Units the directory needs: the largest fan-out, the query's and the timer storm's units. */
    int unitsNeeded() {
        int n = lifecycleUnits;
        if (runs(FAN_OUT)) {
            n = Math.max(n, sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        if (runs(TIMERS)) {
            n = Math.max(n, timerUnits);
        }
        if (runs(QUERY)) {
            n = Math.max(n, queryUnits);
        }
        return n;
    }

    int timerAssignmentsPerUnit() {
        if (timerDeadlines % timerUnits != 0) {
            throw new IllegalArgumentException("benchmark.timers.deadlines (" + timerDeadlines
                    + ") must be a multiple of benchmark.timers.units (" + timerUnits + ")");
        }
        return timerDeadlines / timerUnits;
    }

    private static List<String> strings(String key, String def) {
        return Arrays.stream(System.getProperty(key, def).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<Integer> ints(String key, String def) {
        return strings(key, def).stream().map(s -> Integer.parseInt(s.replace("_", ""))).sorted().toList();
    }

    private static int integer(String key, int def) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? def : Integer.parseInt(v.strip().replace("_", ""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
