package vn.dang.chidao.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of a run: every repetition's value with the load it ran under, printed as medians (ours,
 * baseline, ratio) and written to {@code target/benchmark/*.json}; and the targets, PASS / FAIL / NOT RUN.
 */
final class Results {

    enum Status { PASS, FAIL, NOT_RUN }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final Map<String, List<Map<String, Object>>> details = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private double heapPeakMiB;

    static final class Figure {
        final String item;
        final String metric;
        final String unit;
        final Map<String, List<Double>> values = new LinkedHashMap<>();
        final Map<String, List<String>> loads = new LinkedHashMap<>();

        Figure(String item, String metric, String unit) {
            this.item = item;
            this.metric = metric;
            this.unit = unit;
        }

        Double median(String side) {
            List<Double> v = values.get(side);
            return v == null || v.isEmpty() ? null : Probe.median(v);
        }
    }

    record Target(String name, String measured, String limit, Status status, String note) {
    }

    void add(String item, String metric, String unit, String side, double value, Probe.Result probe) {
        Figure f = figures.computeIfAbsent(item + " | " + metric, k -> new Figure(item, metric, unit));
        f.values.computeIfAbsent(side, k -> new ArrayList<>()).add(value);
        f.loads.computeIfAbsent(side, k -> new ArrayList<>()).add(probe == null ? "" : probe.load());
        if (probe != null) {
            heapPeakMiB = Math.max(heapPeakMiB, probe.heapPeakMiB());
        }
    }

    /** Highest heap peak of any measurement (either side: both engines share the benchmark's JVM). */
    double heapPeakMiB() {
        return heapPeakMiB;
    }

    /** The item of the first figure whose item starts so (items carry sizes known only after the run). */
    String figureItem(String prefix) {
        return figures.values().stream().map(f -> f.item).filter(i -> i.startsWith(prefix)).findFirst().orElse(null);
    }

    /** The worst repetition: for counts that must be zero in every repetition, not just in the median. */
    Double max(String item, String metric, String side) {
        Figure f = figures.get(item + " | " + metric);
        List<Double> v = f == null ? null : f.values.get(side);
        return v == null || v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
    }

    Double median(String item, String metric, String side) {
        Figure f = figures.get(item + " | " + metric);
        return f == null ? null : f.median(side);
    }

    void detail(String item, Map<String, Object> detail) {
        details.computeIfAbsent(item, k -> new ArrayList<>()).add(detail);
    }

    void problem(String text) {
        problems.add(text);
    }

    List<String> problems() {
        return problems;
    }

    void target(String name, Double measured, String format, String limit, boolean pass, String note) {
        targets.add(new Target(name, measured == null ? "—" : format.formatted(measured), limit,
                measured == null || measured.isNaN() ? Status.NOT_RUN : pass ? Status.PASS : Status.FAIL, note));
    }

    void targetNotRun(String name, String limit, String note) {
        targets.add(new Target(name, "—", limit, Status.NOT_RUN, note));
    }

    List<Target> failedTargets() {
        return targets.stream().filter(t -> t.status() == Status.FAIL).toList();
    }

    void print(PrintStream out, Map<String, Object> machine, int repetitions) {
        out.println();
        out.println("Machine: " + machine);
        out.println();
        out.println("| item | figure | ours | bare engine | ours / bare | load 1-min avg, start→max (ours; bare) |");
        out.println("|---|---|---:|---:|---:|---|");
        for (Figure f : figures.values()) {
            Double ours = f.median(EngineUnderTest.OURS);
            Double base = f.median(EngineUnderTest.BASELINE);
            String ratio = ours != null && base != null && base != 0 ? "%.2f".formatted(ours / base) : "—";
            out.printf("| %s | %s%s | %s | %s | %s | %s%s |%n", f.item, f.metric, f.unit.isEmpty() ? "" : " (" + f.unit + ")",
                    format(ours), format(base), ratio, String.join(", ", f.loads.getOrDefault(EngineUnderTest.OURS, List.of())),
                    f.loads.containsKey(EngineUnderTest.BASELINE)
                            ? "; " + String.join(", ", f.loads.get(EngineUnderTest.BASELINE)) : "");
        }
        out.println();
        out.println("Medians of " + repetitions + " repetition(s) where repeated; all values in target/benchmark/*.json.");
        out.println();
        out.println("| target | measured | limit | result | note |");
        out.println("|---|---:|---|---|---|");
        for (Target t : targets) {
            out.printf("| %s | %s | %s | %s | %s |%n", t.name(), t.measured(), t.limit(), t.status().name().replace('_', ' '),
                    t.note() == null ? "" : t.note());
        }
        if (!problems.isEmpty()) {
            out.println();
            problems.forEach(p -> out.println("PROBLEM: " + p));
        }
        out.println();
    }

    static String format(Double v) {
        if (v == null || v.isNaN()) {
            return "—";
        }
        double a = Math.abs(v);
        return a >= 100 ? "%.0f".formatted(v) : a >= 10 ? "%.1f".formatted(v) : "%.2f".formatted(v);
    }

    void write(Path dir, Map<String, Object> machine, Map<String, Object> settings) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", f.item);
            row.put("figure", f.metric);
            row.put("unit", f.unit);
            Double ours = f.median(EngineUnderTest.OURS);
            Double base = f.median(EngineUnderTest.BASELINE);
            row.put("oursMedian", ours);
            row.put("baselineMedian", base);
            row.put("ratio", ours != null && base != null && base != 0 ? ours / base : null);
            row.put("values", f.values);
            row.put("load", f.loads);
            rows.add(row);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("machine", machine);
        summary.put("settings", settings);
        summary.put("figures", rows);
        summary.put("targets", targets);
        summary.put("problems", problems);
        json.writeValue(dir.resolve("benchmark.json").toFile(), summary);
        try (PrintStream table = new PrintStream(dir.resolve("table.md").toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            print(table, machine, ((Number) settings.getOrDefault("repetitions", 1)).intValue());
        }
        for (Map.Entry<String, List<Map<String, Object>>> e : details.entrySet()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("machine", machine);
            item.put("runs", e.getValue());
            json.writeValue(dir.resolve(e.getKey() + ".json").toFile(), item);
        }
    }
}
