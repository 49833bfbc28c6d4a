package vn.dang.chidao.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.postgres.EmbeddedPostgresSupport;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * Fan-out on PostgreSQL with the job executor running, as in production: time from the signer's
 * approval until every unit has its first task, and the cost of completing one unit's task with 10
 * and with 1,000 units in flight. Not part of the normal build: {@code ./mvnw -B verify -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"demo", "postgres"})
class DispatchBenchmark {

    private static final int[] SIZES = {10, 1000};
    private static final int SAMPLE = 10;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "benchmark");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitDirectory directory;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fanOut() throws IOException {
        WorkflowDriver driver = new WorkflowDriver(engine);
        long parent = directory.findByCode("hu-bao-yen").orElseThrow().id();
        int created = 0;
        int max = SIZES[SIZES.length - 1];
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= max; i++) {
            String code = "bench-%05d".formatted(i);
            directory.insert(code, "Chi bộ thử tải số " + i, parent, null, "Bảo Yên", null, code + "@bench.local", false);
            codes.add(code);
            created++;
        }
        identitySetup.synchronize();

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n : SIZES) {
            // warm-up round so that JIT and caches do not count against the first size
            if (n == SIZES[0]) {
                runOnce(driver, codes.subList(0, n), "V/v chạy khởi động");
            }
            rows.add(runOnce(driver, codes.subList(0, n), "V/v thử tải " + n + " đơn vị"));
        }
        System.out.println();
        System.out.println("| units | dispatch until every unit has its task (s) | complete one task, first 10 units (ms, median) | last 10 units (ms, median) | heap used after (MiB) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (Map<String, Object> r : rows) {
            System.out.printf("| %d | %.1f | %.1f | %.1f | %d |%n", r.get("units"), r.get("dispatchSeconds"),
                    r.get("firstTenMedianMs"), r.get("lastTenMedianMs"), r.get("heapUsedMiB"));
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("database", jdbc.queryForObject("select version()", String.class));
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("unitsCreated", created);
        report.put("rows", rows);
        Path out = Path.of("target", "benchmark", "dispatch.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
    }

    private Map<String, Object> runOnce(WorkflowDriver driver, List<String> units, String subject) {
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
        ProcessInstance pi = driver.startCongVan(subject);
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft(subject, units, deadline));
        draft.put("assignments", List.of(Map.of("content", "Quán triệt và triển khai", "units", units,
                "deadline", deadline.toString())));
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));

        long start = System.nanoTime();
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        long directiveId = jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class,
                pi.getId());
        long deadlineNanos = start + Duration.ofMinutes(10).toNanos();
        while (acknowledgeTasks(directiveId) < units.size()) {
            assertThat(System.nanoTime()).as("dispatch to %d units within 10 minutes", units.size())
                    .isLessThan(deadlineNanos);
            sleep(50);
        }
        double dispatchSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(jdbc.queryForObject("select count(distinct process_instance_id) from recipient "
                + "where directive_id = ? and status = 'DISPATCHED'", Integer.class, directiveId))
                .isEqualTo(units.size());

        List<Double> first = completeAcknowledgements(driver, pi, units.subList(0, Math.min(SAMPLE, units.size())));
        List<Double> last = completeAcknowledgements(driver, pi,
                units.subList(Math.max(0, units.size() - SAMPLE), units.size()).stream()
                        .filter(u -> units.indexOf(u) >= SAMPLE).toList());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("units", units.size());
        row.put("dispatchSeconds", dispatchSeconds);
        row.put("firstTenMedianMs", median(first));
        row.put("lastTenMedianMs", last.isEmpty() ? median(first) : median(last));
        row.put("firstTenMs", first);
        row.put("lastTenMs", last);
        row.put("heapUsedMiB", heapUsedMiB());
        return row;
    }

    private int acknowledgeTasks(long directiveId) {
        return jdbc.queryForObject("select count(*) from act_ru_task t join recipient r "
                + "on r.process_instance_id = t.proc_inst_id_ where r.directive_id = ? "
                + "and t.task_def_key_ = 'Task_AcknowledgeReceipt'", Integer.class, directiveId);
    }

    private List<Double> completeAcknowledgements(WorkflowDriver driver, ProcessInstance directive,
                                                  List<String> units) {
        List<Double> millis = new ArrayList<>();
        for (String unit : units) {
            ProcessInstance work = driver.unitWork(directive, unit);
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(work.getId())
                    .taskDefinitionKey("Task_AcknowledgeReceipt").singleResult();
            engine.getIdentityService().setAuthentication("bench-user", List.of(unit));
            try {
                long t0 = System.nanoTime();
                engine.getTaskService().complete(task.getId(),
                        WorkflowDriver.toVariables(Map.of("leadPerson", "Bí thư chi bộ")));
                millis.add((System.nanoTime() - t0) / 1e6);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
        return millis;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long heapUsedMiB() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used / (1024 * 1024);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
