package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.postgres.RestClientDriver;
import vn.dang.chidao.postgres.RestClientDriver.Reply;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.process.IncomingIntake;
import vn.dang.chidao.process.WorkflowDriver;

/**
 * A completed task is untrusted input: every reproduction of the process-integrity report, replayed through the
 * engine REST API as the demo users, is refused and leaves the protected fact (who reviews, which row, which signer,
 * which text) as it was; and every user task of every model refuses a field its form does not have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class ProcessIntegrityTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncomingIntake intake;
    @Autowired
    UnitDirectory directory;

    private RestClientDriver rest;
    private WorkflowDriver driver;
    private TaskService tasks;
    private RuntimeService runtime;
    private IdentityService identity;
    private final Set<String> refusedOn = new TreeSet<>();

    @BeforeEach
    void drivers() {
        rest = new RestClientDriver(port);
        driver = new WorkflowDriver(engine);
        tasks = engine.getTaskService();
        runtime = engine.getRuntimeService();
        identity = engine.getIdentityService();
    }

    private LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    // ---- every user task: its form's fields, plus one foreign variable → 400, nothing written

    @Test
    void everyUserTaskRefusesAFieldItsFormDoesNotHave() {
        ProcessInstance directive = driver.start("ke-hoach", "soanthao", "Kế hoạch kiểm tra biểu mẫu");
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("Kế hoạch kiểm tra biểu mẫu",
                List.of("mttq-bao-yen"), today().plusDays(30)));
        draft.put("purpose", "Kiểm tra.");
        draft.put("assignments", List.of(
                Map.of("content", "Tổ chức hội nghị", "units", List.of("mttq-bao-yen"),
                        "deadline", today().plusDays(30).toString()),
                Map.of("content", "Báo cáo hằng năm", "units", List.of("mttq-bao-yen"),
                        "deadline", "trước ngày 30/3 hằng năm")));
        step("soanthao", directive, "Task_DraftDirective", draft);
        step("chanhvanphong", directive, "Task_CheckFormat", Map.of("formatDecision", "pass"));
        step("phobithu", directive, "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();

        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        step("mttq", unit, "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        ProcessInstance rounds = runtime.createProcessInstanceQuery().processDefinitionKey("periodic-assignment")
                .processInstanceBusinessKeyLike(runtime.createProcessInstanceQuery().processInstanceId(unit.getId())
                        .singleResult().getBusinessKey() + "%").singleResult();
        step("mttq", rounds, "Task_CarryOutRound", Map.of("resultNote", "Báo cáo năm thứ nhất"));
        step("mttq", unit, "Task_CarryOutAssignment", Map.of("assignmentAction", "extend",
                "extensionDate", today().plusDays(60).toString(), "extensionReason", "Chờ hướng dẫn"));
        step("vanthu", unit, "Task_ReviewExtension", Map.of("extensionDecision", "approve"));
        step("mttq", unit, "Task_CarryOutAssignment", Map.of("assignmentAction", "done", "resultNote", "Xong"));
        step("mttq", unit, "Task_ReportResult", Map.of("reportContent", "Đã thực hiện", "reportEvidence", "01-BC"));
        step("vanthu", unit, "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        step("soanthao", directive, "Task_ReviewSummary", Map.of("summaryNote", "Tốt"));
        step("soanthao", directive, "Task_EndTracking", Map.of("confirmEnd", true));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(directive.getId()).count()).isZero();

        // a văn bản đến: registered, assigned directly, reported upward and signed
        IncomingIntake.Received received = driver.as("vanthu", () -> intake.receive(
                "TỈNH ỦY LÀO CAI\nSố 12-CV/TU\nV/v học tập chuyên đề\nKính gửi: Các huyện ủy\nĐề nghị các huyện ủy tổ chức học tập."
                        .getBytes(StandardCharsets.UTF_8), "12.txt", "text/plain",
                directory.findByCode("hu-bao-yen").orElseThrow(),
                new Actor("vanthu", Set.of("hu-bao-yen_van-thu", "hu-bao-yen_van-phong"))));
        ProcessInstance incoming = runtime.createProcessInstanceQuery()
                .processInstanceId(received.processInstanceId()).singleResult();
        String day = today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        step("vanthu", incoming, "Task_RegisterIncoming", Map.of("incomingType", "CV", "incomingNumber", "12-CV/TU",
                "incomingIssuingBody", "Tỉnh ủy Lào Cai", "incomingIssuedOn", day, "incomingSubject", "Học tập",
                "receivedOn", day, "reportDeadline", "trước ngày " + today().plusDays(30)
                        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "reportTo", "Ban Thường vụ Tỉnh ủy"));
        step("phobithu", incoming, "Task_DirectIncoming", Map.of("direction", "ASSIGN", "directAssignments",
                List.of(Map.of("content", "Tổ chức học tập", "lead", "mttq-bao-yen", "support", List.of(),
                        "deadline", "trước ngày " + today().plusDays(20)
                                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
        step("soanthao", incoming, "Task_ReportUpward", Map.of("reportBody", "Đã tổ chức học tập.",
                "reportSigner", "phobithu"));
        step("phobithu", incoming, "Task_SignUpwardReport", Map.of("approvalDecision", "pass"));

        assertThat(refusedOn).as("every user task of every model was tried").isEqualTo(allUserTasks());
    }

    /** Submits the form's fields plus a foreign one (refused, task still open), then the form's fields alone. */
    private void step(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
        Task task = driver.task(user, instance.getId(), taskKey);
        Map<String, Object> hostile = new HashMap<>(values);
        hostile.put("trackingGroup", user);
        Reply refused = rest.submit(user, task.getId(), hostile);
        assertThat(refused.status()).as("%s on %s: %s", user, taskKey, refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("trackingGroup").contains("không có trên biểu mẫu");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
        rest.complete(user, task.getId(), values);
        refusedOn.add(taskKey);
    }

    private static Set<String> allUserTasks() {
        Set<String> keys = new TreeSet<>();
        for (File model : new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            Bpmn.readModelFromFile(model).getModelElementsByType(UserTask.class).forEach(t -> keys.add(t.getId()));
        }
        return keys;
    }

    // ---- the reproductions

    @Test
    void aUnitCannotMakeItselfTheReviewerOfItsExtensionOrReport() {
        ProcessInstance directive = driver.approvedDirective("V/v tự duyệt", List.of("mttq-bao-yen"),
                today().plusDays(20));
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        String ack = driver.task("mttq", unit.getId(), "Task_AcknowledgeReceipt").getId();
        Reply reply = rest.submit("mttq", ack, Map.of("leadPerson", "Chủ tịch", "implementationMode", "direct",
                "trackingGroup", "mttq-bao-yen"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("trackingGroup");
        rest.complete("mttq", ack, Map.of("leadPerson", "Chủ tịch"));

        // even a variable an administrator wrote decides nothing: the reviewers come from the directive's issuer
        asAdmin(() -> {
            runtime.setVariable(unit.getId(), "trackingGroup", "mttq-bao-yen");
            return null;
        });
        String work = driver.as("mttq", () -> tasks.createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list()).get(0).getId();
        rest.complete("mttq", work, Map.of("assignmentAction", "extend",
                "extensionDate", "2029-12-31", "extensionReason", "Xin thêm thời gian"));
        Task review = tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("Task_ReviewExtension")
                .singleResult();
        // the unit reads its request waiting (a READ grant on this task only), and can do nothing with it
        assertThat(rest.tasks("mttq", "Task_ReviewExtension")).extracting(t -> t.get("id")).containsExactly(review.getId());
        assertThat(candidateGroups(review)).containsExactly("hu-bao-yen_van-phong");
        assertThat(rest.submit("mttq", review.getId(), Map.of("extensionDecision", "approve")).status())
                .isIn(403, 404);
        assertThat(rest.status("mttq", "POST", "/task/" + review.getId() + "/claim", Map.of("userId", "mttq")))
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from extension_request where decision = 'PENDING' "
                + "and requested_deadline = date '2029-12-31'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aUnitCannotActOnAnotherUnitsRow() {
        ProcessInstance first = driver.approvedDirective("V/v của Ban Tuyên giáo", List.of("btg-bao-yen"),
                today().plusDays(20));
        ProcessInstance second = driver.approvedDirective("V/v của chi bộ THPT", List.of("cb-thpt-bao-yen"),
                today().plusDays(20));
        long btgRow = recipientRow(first, "btg-bao-yen");
        long thptRow = recipientRow(second, "cb-thpt-bao-yen");
        ProcessInstance thptWork = driver.unitWork(second, "cb-thpt-bao-yen");
        String ack = driver.task("thpt", thptWork.getId(), "Task_AcknowledgeReceipt").getId();

        Reply reply = rest.submit("thpt", ack, Map.of("leadPerson", "Hiệu trưởng", "recipientId", btgRow));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(status(btgRow)).isEqualTo("DISPATCHED");
        assertThat(status(thptRow)).isEqualTo("DISPATCHED");

        // a recipientId variable, however it got there, does not move the unit-work to another row
        asAdmin(() -> {
            runtime.setVariable(thptWork.getId(), "recipientId", btgRow);
            return null;
        });
        rest.complete("thpt", ack, Map.of("leadPerson", "Hiệu trưởng"));
        assertThat(status(thptRow)).isEqualTo("ACKNOWLEDGED");
        assertThat(status(btgRow)).isEqualTo("DISPATCHED");
        // and btg's own acknowledgement still works
        ProcessInstance btgWork = driver.unitWork(first, "btg-bao-yen");
        rest.complete("tuyengiao", driver.task("tuyengiao", btgWork.getId(), "Task_AcknowledgeReceipt").getId(),
                Map.of("leadPerson", "Trưởng ban"));
        assertThat(status(btgRow)).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void aDrafterCannotRewriteAnotherBodysDraftNorDraftForIt() {
        ProcessInstance huyenUy = driver.startCongVan("V/v của Huyện ủy");
        driver.complete("soanthao", huyenUy.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v của Huyện ủy", List.of("mttq-bao-yen"), today().plusDays(20)));
        long huyenUyDraft = jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class,
                huyenUy.getId());

        String own = rest.startCongVan("tuyengiao2", "V/v của Ban Tuyên giáo");
        String draftTask = driver.task("tuyengiao2", own, "Task_DraftDirective").getId();
        Map<String, Object> hostile = new LinkedHashMap<>(WorkflowDriver.draft("V/v đã bị sửa",
                List.of("mttq-bao-yen"), today().plusDays(20)));
        hostile.put("directiveId", huyenUyDraft);
        Reply reply = rest.submit("tuyengiao2", draftTask, hostile);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("directiveId");
        assertThat(jdbc.queryForObject("select subject from directive where id = ?", String.class, huyenUyDraft))
                .isEqualTo("V/v của Huyện ủy");

        // the Ban's office may not draft in the name of the Huyện ủy (the form's options are checked on the server)
        Map<String, Object> asHuyenUy = WorkflowDriver.draft("V/v nhân danh Huyện ủy", List.of("mttq-bao-yen"),
                today().plusDays(20));
        reply = rest.submit("tuyengiao2", draftTask, asHuyenUy);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("không thuộc Văn phòng của Huyện ủy Bảo Yên");
        // nor may the Huyện ủy's office draft in the name of the Tỉnh ủy
        ProcessInstance another = driver.startCongVan("V/v nhân danh Tỉnh ủy");
        Map<String, Object> asTinhUy = new LinkedHashMap<>(WorkflowDriver.draft("V/v nhân danh Tỉnh ủy",
                List.of("mttq-bao-yen"), today().plusDays(20)));
        asTinhUy.put("issuer", "tu-lao-cai");
        reply = rest.submit("soanthao", driver.task("soanthao", another.getId(), "Task_DraftDirective").getId(),
                asTinhUy);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from directive where subject like 'V/v nhân danh%'",
                Integer.class)).isZero();
    }

    @Test
    void theFormatCheckerCannotBecomeTheSigner() {
        ProcessInstance directive = driver.startCongVan("V/v người ký");
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v người ký", List.of("mttq-bao-yen"), today().plusDays(20)));
        String check = driver.task("chanhvanphong", directive.getId(), "Task_CheckFormat").getId();
        Reply reply = rest.submit("chanhvanphong", check, Map.of("formatDecision", "pass",
                "signer", "chanhvanphong", "signerGroup", "hu-bao-yen_chanh-van-phong"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("signerGroup");
        // a read-only field changed is refused too
        reply = rest.submit("chanhvanphong", check, Map.of("formatDecision", "pass", "subject", "V/v khác"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("chỉ để xem");

        asAdmin(() -> {
            runtime.setVariable(driver.called(directive, "draft-and-approve").getId(), "signer", "chanhvanphong");
            return null;
        });
        rest.complete("chanhvanphong", check, Map.of("formatDecision", "pass"));
        Task approval = tasks.createTaskQuery().processInstanceId(driver.called(directive, "draft-and-approve")
                .getId()).taskDefinitionKey("Task_ApproveDirective").singleResult();
        assertThat(approval.getAssignee()).isEqualTo("phobithu");
        assertThat(rest.submit("chanhvanphong", approval.getId(), Map.of("approvalDecision", "pass")).status())
                .isIn(403, 404);
        assertThat(jdbc.queryForObject("select status from directive where process_instance_id = ?", String.class,
                directive.getId())).isEqualTo("DRAFT");
    }

    @Test
    void noUserWritesProcessVariablesOrTaskPropertiesDirectly() {
        ProcessInstance directive = driver.approvedDirective("V/v biến quy trình", List.of("mttq-bao-yen"),
                today().plusDays(20));
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        String task = driver.task("mttq", unit.getId(), "Task_AcknowledgeReceipt").getId();
        assertThat(rest.status("mttq", "PUT", "/task/" + task + "/variables/trackingGroup",
                Map.of("value", "mttq-bao-yen"))).isEqualTo(403);
        assertThat(rest.status("mttq", "POST", "/task/" + task + "/variables",
                Map.of("modifications", Map.of("trackingGroup", Map.of("value", "mttq-bao-yen"))))).isEqualTo(403);
        assertThat(rest.status("mttq", "PUT", "/task/" + task, Map.of("name", "Đổi tên",
                "due", "2099-12-31T00:00:00.000+0700"))).isEqualTo(403);
        assertThat(rest.status("mttq", "POST", "/task/" + task + "/delegate", Map.of("userId", "thpt")))
                .isEqualTo(403);
        assertThat(rest.status("mttq", "POST", "/task/" + task + "/identity-links",
                Map.of("groupId", "cb-thpt-bao-yen", "type", "candidate"))).isEqualTo(403);
        // claiming and completing stay possible
        assertThat(rest.status("mttq", "POST", "/task/" + task + "/claim", Map.of("userId", "mttq"))).isEqualTo(204);
        Task after = tasks.createTaskQuery().taskId(task).singleResult();
        assertThat(after.getName()).startsWith("Xác nhận đã nhận văn bản");
        assertThat(candidateGroups(after)).containsExactly("mttq-bao-yen");
        // the office cannot write the directive's variables either
        assertThat(rest.status("soanthao", "PUT", "/process-instance/" + directive.getId() + "/variables/signer",
                Map.of("value", "soanthao"))).isEqualTo(403);
        // nor pick the initiator when starting
        Reply start = rest.call("soanthao", "POST", "/process-definition/key/cong-van/submit-form",
                Map.of("variables", Map.of("subject", Map.of("value", "V/v thử"),
                        "initiator", Map.of("value", "phobithu"))));
        assertThat(start.status()).isEqualTo(400);
        assertThat(start.body()).contains("initiator");
        // nor start a directive past its draft
        Reply midway = rest.call("soanthao", "POST", "/process-definition/key/cong-van/start",
                Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", "Task_EndTracking"))));
        assertThat(midway.status()).as(midway.body()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("subject", "V/v thử").count()).isZero();
        assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_EndTracking").count()).isZero();
    }

    // ---- real texts fit: the seeds and a 50,000-character body, draft → approval → PDF

    @Test
    void realDirectivesGoThroughWithTheirFullText() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        File[] seeds = new File("../shared/seeds").listFiles((dir, name) -> name.endsWith(".txt"));
        assertThat(seeds).as("the seed directives beside the project").isNotEmpty();
        for (File seed : seeds) {
            texts.put(seed.getName(), Files.readString(seed.toPath()));
        }
        StringBuilder long50k = new StringBuilder();
        for (int i = 1; long50k.length() < 50_000; i++) {
            long50k.append(i).append(". Các chi, đảng bộ trực thuộc quán triệt, triển khai thực hiện nghiêm túc, "
                    + "hiệu quả; báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy).\n");
        }
        texts.put("50000", long50k.substring(0, 50_000));

        for (Map.Entry<String, String> text : texts.entrySet()) {
            String subject = "V/v văn bản đầy đủ " + text.getKey();
            String pi = rest.startCongVan("soanthao", subject);
            Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft(subject, List.of("mttq-bao-yen"),
                    today().plusDays(20)));
            draft.put("body", text.getValue());
            draft.put("basis", text.getValue().substring(0, Math.min(4_500, text.getValue().length())));
            rest.complete("soanthao", driver.task("soanthao", pi, "Task_DraftDirective").getId(), draft);
            // the reviewers' forms show the text and send it back unchanged (read-only)
            String check = driver.task("chanhvanphong", pi, "Task_CheckFormat").getId();
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("formatDecision", "pass");
            shown.put("body", text.getValue());
            rest.complete("chanhvanphong", check, shown);
            rest.complete("phobithu", driver.task("phobithu", pi, "Task_ApproveDirective").getId(),
                    Map.of("approvalDecision", "pass", "approvalComment", "Đồng ý. " + "Rất tốt. ".repeat(600)));
            driver.executeJobs();

            long id = jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class, pi);
            assertThat(jdbc.queryForObject("select body from directive where id = ?", String.class, id))
                    .isEqualTo(text.getValue().strip());
            assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, id))
                    .isEqualTo("ISSUED");
            byte[] pdf = jdbc.queryForObject("select content from directive_document where directive_id = ? "
                    + "and format = 'PDF'", byte[].class, id);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String printed = new PDFTextStripper().getText(document).replaceAll("[\\s*]", "");
                String last = lastLine(text.getValue());
                assertThat(printed).as("%s: the PDF ends with the drafter's last words", text.getKey())
                        .contains(last);
            }
        }
        // no string variable holds a long text: the engine's columns would have refused it
        assertThat(jdbc.queryForObject("select max(length(TEXT_)) from ACT_HI_VARINST", Integer.class))
                .isLessThanOrEqualTo(4000);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].replaceAll("[\\s*]", "");
            if (line.length() >= 10) {
                return line.length() > 60 ? line.substring(line.length() - 60) : line;
            }
        }
        return lines[lines.length - 1];
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRefusalIsOneWarningLineWithoutAStackTrace(CapturedOutput output) {
        ProcessInstance directive = driver.startCongVan("V/v nhật ký");
        String draftTask = driver.task("soanthao", directive.getId(), "Task_DraftDirective").getId();
        int before = output.getAll().length();
        for (int i = 0; i < 5; i++) {
            assertThat(rest.submit("soanthao", draftTask, Map.of("subject", "", "recipientId", "abc")).status())
                    .isEqualTo(400);
        }
        List<String> lines = List.of(output.getAll().substring(before).split("\\R"));
        assertThat(lines).filteredOn(l -> l.contains(" refused: ")).hasSize(5)
                .allSatisfy(l -> assertThat(l).contains("WARN").contains("recipientId"));
        assertThat(lines).noneMatch(l -> l.contains("ENGINE-16004") || l.startsWith("\tat ") || l.contains("ERROR"));
    }

    @Test
    void badValuesAreAnswersNotFailures() {
        Reply paging = rest.call("mttq", "GET", "/task?firstResult=-5", null);
        assertThat(paging.status()).as(paging.body()).isEqualTo(400);
        assertThat(paging.body()).contains("firstResult");
        assertThat(rest.status("mttq", "GET", "/task?maxResults=abc", null)).isEqualTo(400);

        ProcessInstance directive = driver.approvedDirective("V/v ngày sai", List.of("mttq-bao-yen"),
                today().plusDays(20));
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        rest.complete("mttq", driver.task("mttq", unit.getId(), "Task_AcknowledgeReceipt").getId(),
                Map.of("leadPerson", "Chủ tịch"));
        String work = driver.as("mttq", () -> tasks.createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list()).get(0).getId();
        for (String date : new String[] {"abc", "2027-13-45", "31/02/2027"}) {
            Reply reply = rest.submit("mttq", work, Map.of("assignmentAction", "extend", "extensionDate", date,
                    "extensionReason", "Chờ hướng dẫn"));
            assertThat(reply.status()).as(date + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.body()).contains("không phải là ngày hợp lệ");
        }
        assertThat(jdbc.queryForObject("select count(*) from extension_request er join assignment a "
                + "on a.id = er.assignment_id join directive d on d.id = a.directive_id "
                + "where d.process_instance_id = ?", Integer.class, directive.getId())).isZero();
    }

    @Test
    void aNewPasswordMeetsThePasswordPolicy() {
        // a user no other case here signs in as (trying a wrong password would delay that user's next login)
        Reply weak = rest.call("chibobong2", "PUT", "/user/chibobong2/credentials",
                Map.of("password", "12345", "authenticatedUserPassword", "demo"));
        assertThat(weak.status()).as(weak.body()).isEqualTo(400);
        assertThat(weak.body()).contains("Mật khẩu mới chưa đạt yêu cầu");
        assertThat(identity.checkPassword("chibobong2", "demo")).as("the password is unchanged").isTrue();
    }

    private long recipientRow(ProcessInstance directive, String unitCode) {
        return jdbc.queryForObject("select r.id from recipient r join directive d on d.id = r.directive_id "
                + "join unit u on u.id = r.unit_id where d.process_instance_id = ? and u.code = ?", Long.class,
                directive.getId(), unitCode);
    }

    private String status(long recipientRow) {
        return jdbc.queryForObject("select status from recipient where id = ?", String.class, recipientRow);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId)
                .toList();
    }

    private <T> T asAdmin(Supplier<T> action) {
        identity.setAuthentication("demo", List.of("camunda-admin"));
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
