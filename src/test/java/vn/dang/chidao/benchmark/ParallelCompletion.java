package vn.dang.chidao.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few client threads completing one task in each unit, as the units' clerks would at the same time: each
 * completion runs as a member of that unit and is timed on its own; the times are kept in completion order.
 */
final class ParallelCompletion {

    /**
     * @param millis  each completion's time, in the order the completions finished
     * @param seconds wall time from the first start to the last end
     */
    record Outcome(double[] millis, double seconds) {

        List<Double> first(int k) {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < Math.min(k, millis.length); i++) {
                out.add(millis[i]);
            }
            return out;
        }

        List<Double> last(int k) {
            List<Double> out = new ArrayList<>();
            for (int i = Math.max(0, millis.length - k); i < millis.length; i++) {
                out.add(millis[i]);
            }
            return out;
        }

        List<Double> all() {
            List<Double> out = new ArrayList<>();
            for (double m : millis) {
                out.add(m);
            }
            return out;
        }
    }

    private ParallelCompletion() {
    }

    /** @param tasks unit code → the task to complete, in the order the units are taken */
    static Outcome run(EngineUnderTest e, Map<String, String> tasks, int threads, Map<String, Object> variables) {
        ConcurrentLinkedQueue<Map.Entry<String, String>> queue = new ConcurrentLinkedQueue<>(tasks.entrySet());
        double[] millis = new double[tasks.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    Map.Entry<String, String> next;
                    while ((next = queue.poll()) != null) {
                        long t0 = System.nanoTime();
                        e.completeAsUnit(next.getKey(), next.getValue(), variables);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        millis[done.getAndIncrement()] = ms;
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
            throw new IllegalStateException(e.label + ": a completion failed: " + ex.getCause(), ex.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        return new Outcome(millis, (System.nanoTime() - start) / 1e9);
    }
}
