package vn.dang.chidao.benchmark;

import static vn.dang.chidao.benchmark.EngineUnderTest.BASELINE;
import static vn.dang.chidao.benchmark.EngineUnderTest.OURS;

/**
 * The targets, judged on the medians (counts that must be zero: on the worst repetition). Issue 17 raised the
 * lifecycle to ≥ 0.85 of the bare engine and added the storm's ≥ 0.8 ratio and no re-run completion.
 */
final class Targets {

    static final int FULL_N = 10_000;

    private Targets() {
    }

    static void evaluate(BenchmarkSettings s, Results r) {
        if (s.runs(BenchmarkSettings.FAN_OUT)) {
            int max = s.sizes().get(s.sizes().size() - 1);
            String at = max == FULL_N ? "" : "ran up to N = " + max + " only; the target is set at N = 10,000";
            Double flat = r.median(FanOut.item(max), FanOut.FLATNESS, OURS);
            r.target("per-unit completion flat in N: last 10 / first 10 at N = " + max, flat, "%.2f", "≤ 1.3", le(flat, 1.3),
                    join(at, "bare engine, ONE parallel multi-instance of 1,000 tasks: 31 → 85 ms (2.7)"));
            if (s.sizes().contains(max / 10)) {
                Double small = r.median(FanOut.item(max / 10), FanOut.FIRST_TASK, OURS);
                Double big = r.median(FanOut.item(max), FanOut.FIRST_TASK, OURS);
                Double ratio = small == null || big == null ? null : big / small;
                r.target("dispatch linear: t(" + max + ") / t(" + max / 10 + ")", ratio, "%.2f", "≤ 11", le(ratio, 11), at);
            } else {
                r.targetNotRun("dispatch linear: t(10,000) / t(1,000)", "≤ 11", "needs sizes N and N/10");
            }
        }
        if (s.runs(BenchmarkSettings.LIFECYCLE)) {
            for (int threads : s.lifecycleThreads()) {
                Double ours = r.median(Lifecycle.item(threads), Lifecycle.THROUGHPUT, OURS);
                Double base = r.median(Lifecycle.item(threads), Lifecycle.THROUGHPUT, BASELINE);
                Double ratio = ours == null || base == null ? null : ours / base;
                r.target("lifecycle throughput, " + threads + " client thread(s): ours / bare engine", ratio, "%.2f",
                        "≥ 0.85", ge(ratio, 0.85), ours == null ? null : "%.2f vs %.2f directives/s".formatted(ours,
                                base == null ? Double.NaN : base));
                Double again = r.max(Lifecycle.item(threads), FanOut.RETRIES, OURS);
                r.target("lifecycle, " + threads + " client thread(s): completions run again (worst repetition)", again,
                        "%.0f", "0", le(again, 0), null);
            }
        }
        if (s.runs(BenchmarkSettings.TIMERS)) {
            String item = TimerStorm.item(s);
            String at = s.timerDeadlines() == FULL_N ? "" : "ran with " + s.timerDeadlines() + " deadlines; target set at 10,000";
            Double dup = r.max(item, TimerStorm.DUPLICATES, OURS);
            Double lost = r.max(item, TimerStorm.LOST, OURS);
            Double rate = r.median(item, TimerStorm.JOBS_PER_SECOND, OURS);
            r.target("timer storm: jobs run more than once (worst repetition)", dup, "%.0f", "0", le(dup, 0), at);
            r.target("timer storm: jobs never run (worst repetition)", lost, "%.0f", "0", le(lost, 0), at);
            r.target("timer storm: jobs per second, due instant → last commit", rate, "%.0f", "≥ 200", ge(rate, 200), at);
            Double base = r.median(item, TimerStorm.JOBS_PER_SECOND, BASELINE);
            Double ratio = rate == null || base == null ? null : rate / base;
            r.target("timer storm: jobs per second, ours / bare engine", ratio, "%.2f", "≥ 0.8", ge(ratio, 0.8),
                    rate == null ? null : "%.0f vs %.0f jobs/s".formatted(rate, base == null ? Double.NaN : base));
        }
        if (s.runs(BenchmarkSettings.QUERY)) {
            int tasks = s.queryUnits() * s.queryTasksPerUnit();
            String at = tasks >= 100_000 ? "" : "ran with " + tasks + " tasks; target set at 100,000";
            String item = r.figureItem(TaskQuery.ITEM);
            Double list = item == null ? null : r.median(item, TaskQuery.LIST_P95, OURS);
            Double count = item == null ? null : r.median(item, TaskQuery.COUNT_P95, OURS);
            r.target("task query: \"" + TaskQuery.FILTER + "\" list page p95", list, "%.1f ms", "≤ 150 ms", le(list, 150), at);
            r.target("task query: \"" + TaskQuery.FILTER + "\" count p95", count, "%.1f ms", "≤ 150 ms", le(count, 150), at);
        }
        double heap = r.heapPeakMiB();
        r.target("heap (sum of the heap pools' peaks, worst measurement, -Xmx " + Probe.maxHeapMiB() + " MiB)",
                heap == 0 ? null : heap, "%.0f MiB", "≤ 1024 MiB", heap <= 1024, null);
    }

    private static boolean le(Double v, double limit) {
        return v != null && !v.isNaN() && v <= limit;
    }

    private static boolean ge(Double v, double limit) {
        return v != null && !v.isNaN() && v >= limit;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
