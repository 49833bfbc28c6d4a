package vn.dang.chidao.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.dang.chidao.process.WorkflowDriver;

/**
 * One công văn to four units, driven through the engine as the demo users would, then the clock moved
 * so that each unit is in a different status:
 * <pre>
 * unit             user       what happens                                     status               days
 * mttq-bao-yen     mttq       reports at once, accepted                        hoàn thành đúng hạn  +8 (reported 8 days early)
 * btg-bao-yen      tuyengiao  reports 2 days after the deadline, accepted      hoàn thành quá hạn   −2
 * du-bao-ha        baoha      acknowledges, nothing more                       quá hạn              −2
 * cb-thpt-bao-yen  thpt       gets its deadline extended by 30 days            trong hạn            +28
 * </pre>
 * Deadline D = today + 3 (assignment 1, all units); mttq also has assignment 2 due D + 5. The clock is
 * reset first and left at D + 2, 09:00 (the caller resets it).
 */
final class ProgressScenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<String> UNITS = List.of("mttq-bao-yen", "btg-bao-yen", "du-bao-ha", "cb-thpt-bao-yen");
    static final Map<String, String> USERS = Map.of("mttq-bao-yen", "mttq", "btg-bao-yen", "tuyengiao",
            "du-bao-ha", "baoha", "cb-thpt-bao-yen", "thpt");
    static final Map<String, String> LEADS = Map.of("mttq-bao-yen", "Đ/c Vàng Thị Dung, Phó Chủ tịch",
            "btg-bao-yen", "Đ/c Phạm Văn Tuấn, Phó Trưởng ban", "du-bao-ha", "Đ/c Lù Văn Sáng, Phó Bí thư",
            "cb-thpt-bao-yen", "Đ/c Ngô Thị Thu, Bí thư Chi bộ");

    final ProcessInstance directive;
    final LocalDate deadline;
    final LocalDate now;
    final Map<String, String> unitWork = new LinkedHashMap<>();

    private final ProcessEngine engine;
    private final WorkflowDriver driver;

    private ProgressScenario(ProcessEngine engine, String subject) {
        this.engine = engine;
        this.driver = new WorkflowDriver(engine);
        ClockUtil.reset();
        LocalDate today = LocalDate.now(ZONE);
        this.deadline = today.plusDays(3);
        this.now = deadline.plusDays(2);
        this.directive = driver.approvedDirective(subject, UNITS, deadline);
        UNITS.forEach(u -> unitWork.put(u, driver.unitWork(directive, u).getId()));

        acknowledge("mttq-bao-yen");
        completeAssignments("mttq-bao-yen");
        report("mttq-bao-yen");

        acknowledge("cb-thpt-bao-yen");
        driver.complete("thpt", assignmentTasks("cb-thpt-bao-yen").get(0), Map.of("assignmentAction", "extend",
                "extensionDate", deadline.plusDays(30).toString(), "extensionReason", "Trùng kỳ thi học kỳ"));
        driver.complete("vanthu", unitWork.get("cb-thpt-bao-yen"), "Task_ReviewExtension",
                Map.of("extensionDecision", "approve"));

        acknowledge("btg-bao-yen");
        acknowledge("du-bao-ha");

        ClockUtil.setCurrentTime(Date.from(now.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant()));
        driver.executeJobs();
        completeAssignments("btg-bao-yen");
        report("btg-bao-yen");
    }

    static ProgressScenario run(ProcessEngine engine, String subject) {
        return new ProgressScenario(engine, subject);
    }

    /**
     * A second công văn carried through to the archive: mttq and btg report, mttq's first report is
     * returned with a comment, the summary is written. Run it before the main scenario moves the clock.
     */
    static ProcessInstance archived(ProcessEngine engine, String subject) {
        WorkflowDriver driver = new WorkflowDriver(engine);
        ClockUtil.reset();
        ProcessInstance pi = driver.approvedDirective(subject, List.of("mttq-bao-yen", "btg-bao-yen"),
                LocalDate.now(ZONE).plusDays(10));
        ProcessInstance mttq = driver.unitWork(pi, "mttq-bao-yen");
        driver.unitDoesItsWork("mttq", mttq);
        driver.complete("vanthu", mttq.getId(), "Task_ReviewReport",
                Map.of("reviewDecision", "return", "reviewComment", RETURN_COMMENT));
        driver.complete("mttq", mttq.getId(), "Task_ReportResult",
                Map.of("reportContent", "Đã bổ sung số liệu: 100% đảng viên tham gia.", "reportEvidence", "16-BC/ĐU"));
        driver.complete("vanthu", mttq.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        ProcessInstance btg = driver.unitWork(pi, "btg-bao-yen");
        driver.unitDoesItsWork("tuyengiao", btg);
        driver.complete("vanthu", btg.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        driver.complete("soanthao", pi.getId(), "Task_ReviewSummary",
                Map.of("summaryNote", "Các đơn vị hoàn thành đúng hạn."));
        driver.executeJobs();
        return pi;
    }

    static final String RETURN_COMMENT = "Bổ sung số liệu đảng viên tham gia";

    private void acknowledge(String unit) {
        driver.complete(USERS.get(unit), unitWork.get(unit), "Task_AcknowledgeReceipt",
                Map.of("leadPerson", LEADS.get(unit), "supportPersons", "Văn phòng"));
    }

    private void completeAssignments(String unit) {
        List<Task> tasks = assignmentTasks(unit);
        assertThat(tasks).isNotEmpty();
        tasks.forEach(t -> driver.complete(USERS.get(unit), t,
                Map.of("assignmentAction", "done", "resultNote", "Đã triển khai tới toàn thể đảng viên")));
    }

    private void report(String unit) {
        driver.complete(USERS.get(unit), unitWork.get(unit), "Task_ReportResult",
                Map.of("reportContent", "Đơn vị đã tổ chức quán triệt, 100% đảng viên tham gia.",
                        "reportEvidence", "15-BC/ĐU"));
        driver.complete("vanthu", unitWork.get(unit), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
    }

    private List<Task> assignmentTasks(String unit) {
        return driver.as(USERS.get(unit), () -> engine.getTaskService().createTaskQuery()
                .processInstanceId(unitWork.get(unit)).taskDefinitionKey("Task_CarryOutAssignment")
                .orderByDueDate().asc().list());
    }
}
