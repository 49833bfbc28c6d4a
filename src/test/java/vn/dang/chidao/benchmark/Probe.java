package vn.dang.chidao.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the machine did during one measurement: heap (peak usage of the heap pools, reset at the start, as
 * MemoryPoolMXBean reports it; plus the largest sampled total and the old generation after GC), GC time,
 * and the 1-minute load average (start, highest sampled, end): the machine has 2 cores and other builds
 * run on it, so every figure carries its load.
 */
final class Probe implements AutoCloseable {

    private static final double MIB = 1024 * 1024;

    private final long startNanos = System.nanoTime();
    private final double loadStart = load();
    private final long gcMillisStart = gcMillis();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile double loadMax;
    private volatile long heapUsedMax;
    private Result result;

    Probe() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        loadMax = loadStart;
        sampler = new Thread(() -> {
            int tick = 0;
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                if (used > heapUsedMax) {
                    heapUsedMax = used;
                }
                if (tick++ % 10 == 0) {
                    loadMax = Math.max(loadMax, load());
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "benchmark-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    Result stop() {
        if (result == null) {
            running = false;
            sampler.interrupt();
            long peakSum = 0;
            long oldAfterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peakSum += pool.getPeakUsage().getUsed();
                    if (pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
                        oldAfterGc = pool.getCollectionUsage().getUsed();
                    }
                }
            }
            double loadEnd = load();
            result = new Result(round1(peakSum / MIB), round1(heapUsedMax / MIB), round1(oldAfterGc / MIB),
                    gcMillis() - gcMillisStart, (System.nanoTime() - startNanos) / 1e9, round2(loadStart),
                    round2(Math.max(loadMax, loadEnd)), round2(loadEnd));
        }
        return result;
    }

    @Override
    public void close() {
        stop();
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double maxHeapMiB() {
        return round1(Runtime.getRuntime().maxMemory() / MIB);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * @param heapPeakMiB      sum of the heap pools' peak usage since the start (MemoryPoolMXBean)
     * @param heapSampledMaxMiB largest total heap use seen by the 100 ms sampler
     * @param oldGenAfterGcMiB old generation after the last collection (what stays live)
     */
    record Result(double heapPeakMiB, double heapSampledMaxMiB, double oldGenAfterGcMiB, long gcMillis,
                  double seconds, double loadStart, double loadMax, double loadEnd) {

        String load() {
            return "%.1f→%.1f".formatted(loadStart, loadMax);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("heapPeakMiB", heapPeakMiB);
            m.put("heapSampledMaxMiB", heapSampledMaxMiB);
            m.put("oldGenAfterGcMiB", oldGenAfterGcMiB);
            m.put("gcMillis", gcMillis);
            m.put("seconds", round2(seconds));
            m.put("loadStart", loadStart);
            m.put("loadMax", loadMax);
            m.put("loadEnd", loadEnd);
            return m;
        }
    }

    // ---- statistics --------------------------------------------------------------------------------------

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
