package vn.dang.chidao.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item 1. One directive to N units, job executor running as in production: from the signer's approval until
 * every unit has its first task (Xác nhận đã nhận văn bản), and until every job is done (ours mails from the outbox,
 * beside the jobs; checkDispatch waits for it); then
 * one task completed in each unit by a few client threads, each completion timed; heap per size.
 */
final class FanOut {

    static final String ITEM = "fan-out";
    static final String ACK = "Task_AcknowledgeReceipt";
    static final String FIRST_TASK = "approval → every unit has its first task";
    static final String ALL_JOBS = "approval → every job done";
    static final String COMPLETE_ALL = "complete one task in each unit";
    static final String THROUGHPUT = "completion throughput";
    static final String FIRST_10 = "one completion, first 10 units (median)";
    static final String LAST_10 = "one completion, last 10 units (median)";
    static final String FLATNESS = "last 10 / first 10";
    static final String HEAP = "peak heap (pool peaks)";
    static final String RETRIES = "completions run again after a collision (client or CollisionRetry)";

    private final BenchmarkSettings settings;
    private final Results results;
    private final List<String> units;
    private final LocalDate deadline;

    FanOut(BenchmarkSettings settings, Results results, List<String> units, LocalDate deadline) {
        this.settings = settings;
        this.results = results;
        this.units = units;
        this.deadline = deadline;
    }

    static String item(int n) {
        return ITEM + " N=" + n;
    }

    /** Median completion time of each tenth of the completions, in completion order: the trend over N. */
    static List<Double> deciles(List<Double> all) {
        List<Double> out = new java.util.ArrayList<>();
        for (int k = 0; k < 10 && all.size() >= 10; k++) {
            out.add(Probe.round1(Probe.median(all.subList(k * all.size() / 10, (k + 1) * all.size() / 10))));
        }
        return out;
    }

    /** @param record false for the warm-up */
    void run(EngineUnderTest e, int n, int repetition, boolean record) {
        List<String> recipients = units.subList(0, n);
        String subject = "V/v thử tải phát hành tới " + n + " đơn vị, lần " + repetition;
        String pi = e.draftedDirective(EngineUnderTest.draft(subject, recipients, List.of(recipients), deadline));
        java.sql.Timestamp since = EngineUnderTest.justBefore();

        int retriesBefore = e.retryCount();
        Probe probe = new Probe();
        long t0 = System.nanoTime();
        e.approve(pi);
        double approveSeconds = (System.nanoTime() - t0) / 1e9;
        e.await(n + " acknowledgement tasks", settings.timeout(), () -> e.countTasksCreatedSince(ACK, since) >= n);
        double firstTaskSeconds = (System.nanoTime() - t0) / 1e9;
        e.awaitJobsDone(settings.timeout());
        double allJobsSeconds = (System.nanoTime() - t0) / 1e9;

        // exactly one unit-work instance and one acknowledgement task per unit, none twice, none missing
        String number = e.documentNumber(pi);
        Map<String, String> instances = e.unitInstances(number);
        if (instances.size() != n || !recipients.stream().allMatch(u -> instances.containsKey(EngineUnderTest.unitKey(number, u)))) {
            throw new IllegalStateException(e.label + ": " + instances.size() + " unit-work instances for " + n + " units");
        }
        Map<String, String> acks = e.unitTasks(number, ACK);
        if (acks.size() != n || e.countTasksCreatedSince(ACK, since) != n) {
            throw new IllegalStateException(e.label + ": " + acks.size() + " acknowledgement tasks for " + n + " units");
        }
        Map<String, Object> checks = e.checkDispatch(number, n);

        Map<String, String> ordered = new LinkedHashMap<>();
        recipients.forEach(u -> ordered.put(u, acks.get(u)));
        ParallelCompletion.Outcome done = ParallelCompletion.run(e, ordered, settings.fanOutThreads(),
                Map.of("leadPerson", "Bí thư chi bộ", "supportPersons", "Các đảng viên"));
        if (!e.unitTasks(number, ACK).isEmpty() || e.unitTasks(number, "Task_CarryOutAssignment").size() != n) {
            throw new IllegalStateException(e.label + ": after completing, the units are not each at their assignment");
        }
        Probe.Result heap = probe.stop();

        if (!record) {
            return;
        }
        double first = Probe.median(done.first(10));
        double last = Probe.median(done.last(10));
        String item = item(n);
        results.add(item, FIRST_TASK, "s", e.label, firstTaskSeconds, heap);
        results.add(item, ALL_JOBS, "s", e.label, allJobsSeconds, heap);
        results.add(item, COMPLETE_ALL + ", " + settings.fanOutThreads() + " threads", "s", e.label, done.seconds(), heap);
        results.add(item, THROUGHPUT, "tasks/s", e.label, n / done.seconds(), heap);
        results.add(item, FIRST_10, "ms", e.label, first, heap);
        results.add(item, LAST_10, "ms", e.label, last, heap);
        results.add(item, FLATNESS, "", e.label, last / first, heap);
        results.add(item, HEAP, "MiB", e.label, heap.heapPeakMiB(), heap);
        results.add(item, RETRIES, "", e.label, e.retryCount() - retriesBefore, heap);

        Map<String, Object> d = new LinkedHashMap<>();
        d.put("engine", e.label);
        d.put("units", n);
        d.put("repetition", repetition);
        d.put("documentNumber", number);
        d.put("approveSeconds", approveSeconds);
        d.put("firstTaskSeconds", firstTaskSeconds);
        d.put("allJobsSeconds", allJobsSeconds);
        d.put("completeAllSeconds", done.seconds());
        d.put("completionThreads", settings.fanOutThreads());
        d.put("completionP50Ms", Probe.percentile(done.all(), 50));
        d.put("completionP95Ms", Probe.percentile(done.all(), 95));
        d.put("firstTenMs", done.first(10));
        d.put("decileMedianMs", deciles(done.all()));
        d.put("lastTenMs", done.last(10));
        d.put("checks", checks);
        d.put("probe", heap.toMap());
        results.detail(ITEM, d);
    }
}
