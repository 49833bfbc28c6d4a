package vn.dang.chidao.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import vn.dang.chidao.process.WorkflowDriver;

/**
 * Item 2. Whole directives of 10 units, run to the end by 1 and by 4 client threads: draft, format check,
 * approval, dispatch (job executor), then each unit acknowledges, carries out its assignments, reports, and
 * the office accepts; the last acceptance wakes the directive, the office reviews the summary, it is archived.
 */
final class Lifecycle {

    static final String ITEM = "lifecycle";
    static final String THROUGHPUT = "directives run to the end per second";
    static final String LATENCY = "one directive, start → archived (median)";

    private final BenchmarkSettings settings;
    private final Results results;
    private final List<String> units;
    private final LocalDate deadline;
    /** Client time per phase, summed over the directives of one run (seconds). */
    private final Map<String, Double> phases = new java.util.concurrent.ConcurrentHashMap<>();

    Lifecycle(BenchmarkSettings settings, Results results, List<String> units, LocalDate deadline) {
        this.settings = settings;
        this.results = results;
        this.units = units.subList(0, settings.lifecycleUnits());
        this.deadline = deadline;
    }

    static String item(int threads) {
        return ITEM + ", " + threads + (threads == 1 ? " thread" : " threads");
    }

    void run(EngineUnderTest e, int threads, int directives, int repetition, boolean record) {
        AtomicInteger next = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int retriesBefore = e.retryCount();
        phases.clear();
        Probe probe = new Probe();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < directives) {
                        long t0 = System.nanoTime();
                        runOne(e, "V/v thử tải vòng đời, " + threads + " luồng, lần " + repetition + ", số " + (i + 1));
                        latencies.add((System.nanoTime() - t0) / 1e9);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException(e.label + ": a directive failed: " + ex.getCause(), ex.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Probe.Result p = probe.stop();
        if (!record) {
            return;
        }
        results.add(item(threads), THROUGHPUT, "directives/s", e.label, directives / seconds, p);
        results.add(item(threads), LATENCY, "s", e.label, Probe.median(latencies), p);
        results.add(item(threads), FanOut.RETRIES, "", e.label, e.retryCount() - retriesBefore, p);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("engine", e.label);
        d.put("threads", threads);
        d.put("directives", directives);
        d.put("unitsPerDirective", units.size());
        d.put("repetition", repetition);
        d.put("seconds", seconds);
        d.put("directivesPerSecond", directives / seconds);
        d.put("latencySeconds", latencies);
        d.put("retriesSoFar", e.retries());
        d.put("clientSecondsByPhase", new java.util.TreeMap<>(phases));
        d.put("probe", p.toMap());
        results.detail(ITEM, d);
    }

    /** One directive from the start form to the archive, as its users would do it. */
    void runOne(EngineUnderTest e, String subject) {
        long t0 = System.nanoTime();
        String pi = e.draftedDirective(WorkflowDriver.draft(subject, units, deadline));
        long t1 = System.nanoTime();
        e.approve(pi);
        long t2 = System.nanoTime();
        String number = e.documentNumber(pi);
        Duration wait = settings.timeout();
        long waiting = 0;
        for (String unit : units) {
            long w0 = System.nanoTime();
            String instance = poll(e, wait, "unit-work of " + unit, () -> e.unitInstance(number, unit));
            String ack = poll(e, wait, "acknowledgement of " + unit, () -> first(e.tasksOfInstance(instance, FanOut.ACK)));
            waiting += System.nanoTime() - w0;
            e.completeAsUnit(unit, ack, Map.of("leadPerson", "Đồng chí Phó Bí thư", "supportPersons", "Văn phòng"));
            List<String> assignments = e.tasksOfInstance(instance, "Task_CarryOutAssignment");
            if (assignments.isEmpty()) {
                throw new IllegalStateException(e.label + ": " + unit + " got no assignment task");
            }
            for (String task : assignments) {
                e.completeAsUnit(unit, task, Map.of("resultNote", "Đã triển khai tới toàn thể cán bộ"));
            }
            e.completeAsUnit(unit, single(e, instance, "Task_ReportResult"), Map.of(
                    "reportContent", "Đơn vị đã tổ chức quán triệt, 100% đảng viên tham gia.",
                    "reportEvidence", "15-BC/ĐU"));
            e.complete("vanthu", single(e, instance, "Task_ReviewReport"), Map.of("reviewDecision", "accept"));
        }
        long t3 = System.nanoTime();
        e.complete("soanthao", e.task(pi, "Task_ReviewSummary"),
                Map.of("summaryNote", "Các đơn vị đã hoàn thành đúng hạn."));
        long t4 = System.nanoTime();
        phases.merge("startDraftAndCheck", (t1 - t0) / 1e9, Double::sum);
        phases.merge("approve", (t2 - t1) / 1e9, Double::sum);
        phases.merge("waitForUnitTasks", waiting / 1e9, Double::sum);
        phases.merge("unitsWork", (t3 - t2 - waiting) / 1e9, Double::sum);
        phases.merge("summary", (t4 - t3) / 1e9, Double::sum);
        if (e.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException(e.label + ": directive " + number + " did not end after its summary");
        }
    }

    private static String single(EngineUnderTest e, String instance, String key) {
        List<String> ids = e.tasksOfInstance(instance, key);
        if (ids.size() != 1) {
            throw new IllegalStateException(e.label + ": " + ids.size() + " × " + key + " in " + instance);
        }
        return ids.get(0);
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static <T> T poll(EngineUnderTest e, Duration timeout, String what, Supplier<T> value) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 2;
        while (true) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(e.label + ": timed out waiting for " + what);
            }
            EngineUnderTest.sleep(pause);
            pause = Math.min(20, pause * 2);
        }
    }
}
