package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.document.DirectiveDocuments;

/**
 * Văn bản đến, path by path: received and registered with its số đến, then for information, assigned directly to
 * units (who carry it out and report) or implemented by a directive of our own, and reported upward, signed and
 * numbered BC. Each as the users the demo committee has.
 */
class IncomingDocumentProcessTest extends WorkflowTestBase {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    IncomingIntake intake;
    @Autowired
    UnitDirectory directory;
    @Autowired
    DirectiveDocuments documents;

    private IncomingIntake.Received receive(String user) throws IOException {
        byte[] text = Files.readAllBytes(Path.of("..", "shared", "seeds", "cong-van-bac-kan-2024.txt"));
        return driver.as(user, () -> intake.receive(text, "cong-van-bac-kan-2024.txt", "text/plain", directory
                .findByCode("hu-bao-yen").orElseThrow(), new Actor(user, new HashSet<>(engine.getIdentityService()
                .createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList()))));
    }

    private ProcessInstance instance(IncomingIntake.Received received) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(received.processInstanceId())
                .singleResult();
    }

    private Map<String, Object> registration(String reportDeadline) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("incomingType", "CV");
        v.put("incomingNumber", "405-CV/BTGTU");
        v.put("incomingIssuingBody", "Ban Tuyên giáo Thành ủy Bắc Kạn");
        v.put("incomingIssuedOn", "20/03/2024");
        v.put("incomingSubject", "Tiếp tục thực hiện có hiệu quả việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        v.put("receivedOn", today().format(DMY));
        v.put("reportDeadline", reportDeadline);
        v.put("reportTo", reportDeadline == null ? null : "Ban Thường vụ Tỉnh ủy");
        return v;
    }

    @Test
    void theReaderProposesTheFieldsAndRegistrationGivesTheNextSoDen() throws IOException {
        IncomingIntake.Received first = receive("vanthu");
        ProcessInstance pi = instance(first);
        assertThat(pi).isWaitingAt("Task_RegisterIncoming").task().hasCandidateGroup("hu-bao-yen_van-thu");
        var rt = engine.getRuntimeService();
        assertThat(rt.getVariable(pi.getId(), "incomingNumber")).isEqualTo("405-CV/BTGTU");
        assertThat(rt.getVariable(pi.getId(), "incomingType")).isEqualTo("CV");
        assertThat(rt.getVariable(pi.getId(), "incomingIssuingBody")).isEqualTo("Ban Tuyên giáo Thành ủy Bắc Kạn");
        assertThat(rt.getVariable(pi.getId(), "incomingIssuedOn")).isEqualTo("20/03/2024");
        assertThat(rt.getVariable(pi.getId(), "reportTo")).isEqualTo("Ban Tuyên giáo Thành ủy");
        assertThat(rt.getVariable(pi.getId(), "reportDeadline")).isEqualTo("trong quý I hàng năm");
        // the original is kept as uploaded
        assertThat(count("select count(*) from incoming_document where id = ? and original is not null "
                + "and file_name = 'cong-van-bac-kan-2024.txt'", first.id())).isEqualTo(1);

        driver.complete("vanthu", pi.getId(), "Task_RegisterIncoming", registration(null));
        assertThat(pi).isWaitingAt("Task_DirectIncoming").task().hasCandidateGroup("hu-bao-yen_lanh-dao");
        assertThat((String) rt.getVariable(pi.getId(), "incomingSummary"))
                .startsWith("Số đến 1/" + today().getYear() + " · Công văn số 405-CV/BTGTU ngày 20/03/2024 của "
                        + "Ban Tuyên giáo Thành ủy Bắc Kạn");

        IncomingIntake.Received second = receive("soanthao");
        driver.complete("soanthao", second.processInstanceId(), "Task_RegisterIncoming", registration(null));
        assertThat(jdbc.queryForObject("select register_number from incoming_document where id = ?", Integer.class,
                second.id())).isEqualTo(2);
    }

    @Test
    void registrationRefusesWhatIsWrongAndKeepsTheTaskOpen() throws IOException {
        IncomingIntake.Received received = receive("vanthu");
        Map<String, Object> bad = registration("vào một ngày đẹp trời");
        bad.put("incomingSubject", "x".repeat(50_000));
        bad.put("incomingIssuedOn", "31/02/2024");
        assertThatThrownBy(() -> driver.complete("vanthu", received.processInstanceId(), "Task_RegisterIncoming", bad))
                .hasMessageContaining("Ngày ban hành \"31/02/2024\" không đúng dạng");
        bad.put("incomingIssuedOn", "20/03/2024");
        assertThatThrownBy(() -> driver.complete("vanthu", received.processInstanceId(), "Task_RegisterIncoming", bad))
                .hasMessageContaining("Trích yếu dài quá 1000 ký tự");
        // a field the form does not have (who signs the report) is refused below every API
        Map<String, Object> sneaky = registration(null);
        sneaky.put("reportSigner", "vanthu");
        assertThatThrownBy(() -> driver.complete("vanthu", received.processInstanceId(), "Task_RegisterIncoming",
                sneaky)).hasMessageContaining("reportSigner");
        assertThat(instance(received)).isWaitingAt("Task_RegisterIncoming");
        assertThat(count("select count(*) from incoming_document where id = ? and register_number is null",
                received.id())).isEqualTo(1);
    }

    @Test
    void nobodyStartsTheProcessButTheUploadAndALeaderAssignsOnlyUnitsTheBodyDirects() throws IOException {
        // the engine REST API and Tasklist cannot start it with another document's business key
        assertThatThrownBy(() -> driver.as("vanthu", () -> engine.getRuntimeService()
                .startProcessInstanceByKey("incoming-document", "incoming:1")))
                .hasMessageContaining("CREATE_INSTANCE");
        IncomingIntake.Received received = receive("vanthu");
        driver.complete("vanthu", received.processInstanceId(), "Task_RegisterIncoming", registration(null));
        // the Tỉnh ủy above is not the Huyện ủy's to assign, nor the Huyện ủy itself
        for (String unit : List.of("tu-lao-cai", "hu-bao-yen")) {
            assertThatThrownBy(() -> driver.complete("phobithu", received.processInstanceId(), "Task_DirectIncoming",
                    Map.of("direction", "ASSIGN", "directAssignments", List.of(Map.of("content", "Học tập",
                            "lead", unit, "deadline", "trước ngày " + today().plusDays(5).format(DMY))))))
                    .as(unit).isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> driver.complete("phobithu", received.processInstanceId(), "Task_DirectIncoming",
                Map.of("direction", "ASSIGN", "directAssignments", List.of(Map.of("content", "Học tập",
                        "deadline", "trước ngày " + today().plusDays(5).format(DMY))))))
                .hasMessageContaining("Nhiệm vụ 1: chưa chọn đơn vị chủ trì");
        assertThat(instance(received)).isWaitingAt("Task_DirectIncoming");
        assertThat(count("select count(*) from directive where incoming_id = ?", received.id())).isZero();
    }

    @Test
    void forInformationOnlyIsFiled() throws IOException {
        IncomingIntake.Received received = receive("vanthu");
        ProcessInstance pi = instance(received);
        driver.complete("vanthu", received.processInstanceId(), "Task_RegisterIncoming", registration(null));
        driver.complete("phobithu", received.processInstanceId(), "Task_DirectIncoming",
                Map.of("direction", "FOR_INFORMATION", "directionNote", "Văn phòng lưu, theo dõi."));
        assertThat(pi).isEnded().hasPassed("EndEvent_Filed");
        assertThat(jdbc.queryForObject("select direction from incoming_document where id = ?", String.class,
                received.id())).isEqualTo("FOR_INFORMATION");
    }

    @Test
    void assignedDirectlyUnitsCarryItOutAndTheSignedReportGoesUp() throws IOException {
        IncomingIntake.Received received = receive("vanthu");
        ProcessInstance pi = instance(received);
        LocalDate deadline = today().plusDays(20);
        driver.complete("vanthu", pi.getId(), "Task_RegisterIncoming",
                registration("trước ngày " + deadline.format(DMY)));
        // only the body's leaders direct it; the office cannot
        assertThatThrownBy(() -> driver.task("soanthao", pi.getId(), "Task_DirectIncoming"))
                .isInstanceOf(AssertionError.class);
        driver.complete("phobithu", pi.getId(), "Task_DirectIncoming", Map.of("direction", "ASSIGN",
                "directionNote", "Giao MTTQ chủ trì, Ban Tuyên giáo phối hợp.",
                "directAssignments", List.of(Map.of("content", "Tổ chức học tập chuyên đề năm 2024",
                        "lead", "mttq-bao-yen", "support", List.of("btg-bao-yen"),
                        "deadline", "trước ngày " + today().plusDays(10).format(DMY)))));
        driver.executeJobs();

        long directive = jdbc.queryForObject("select id from directive where incoming_id = ?", Long.class,
                received.id());
        assertThat(jdbc.queryForMap("select status, document_number, process_instance_id from directive where id = ?",
                directive)).containsEntry("STATUS", "ISSUED").containsEntry("DOCUMENT_NUMBER", "405-CV/BTGTU")
                .containsEntry("PROCESS_INSTANCE_ID", pi.getId());
        assertThat(jdbc.queryForList("select u.code || ':' || au.unit_role from assignment_unit au join unit u "
                + "on u.id = au.unit_id join assignment a on a.id = au.assignment_id where a.directive_id = ? "
                + "order by u.code", String.class, directive))
                .containsExactly("btg-bao-yen:SUPPORT", "mttq-bao-yen:LEAD");
        assertThat(pi).isWaitingAt("Event_AllUnitsDone", "Task_ReportUpward");

        for (String[] unit : new String[][] {{"mttq-bao-yen", "mttq"}, {"btg-bao-yen", "tuyengiao"}}) {
            String unitWork = jdbc.queryForObject("select process_instance_id from recipient where directive_id = ? "
                    + "and unit_id = (select id from unit where code = ?)", String.class, directive, unit[0]);
            driver.unitDoesItsWork(unit[1], engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(unitWork).singleResult());
            driver.complete("soanthao", unitWork, "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        }
        assertThat(pi).hasPassed("Task_CloseDirectAssignment").isWaitingAt("Task_ReportUpward");
        assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, directive))
                .isEqualTo("ARCHIVED");

        // the office takes the report when it writes it: the units' results are gathered then
        Task report = driver.task("soanthao", pi.getId(), "Task_ReportUpward");
        driver.asUser("soanthao", () -> engine.getTaskService().claim(report.getId(), "soanthao"));
        String proposal = (String) engine.getRuntimeService().getVariable(pi.getId(), "reportBody");
        assertThat(proposal).startsWith("Thực hiện Công văn số 405-CV/BTGTU ngày 20/03/2024 của Ban Tuyên giáo "
                + "Thành ủy Bắc Kạn").contains("Huyện ủy Bảo Yên báo cáo kết quả như sau:")
                .contains("- Ủy ban MTTQ huyện Bảo Yên: Đơn vị đã tổ chức quán triệt");
        // a signer who does not sign for the body is refused, and the task stays with the office
        assertThatThrownBy(() -> driver.complete("soanthao", report, Map.of("reportBody", proposal,
                "reportSigner", "chanhvanphong"))).hasMessageContaining("Người ký báo cáo phải là người được ký");
        driver.complete("soanthao", report, Map.of("reportBody", proposal, "reportSigner", "phobithu"));
        assertThat(pi).isWaitingAt("Task_SignUpwardReport").task().isAssignedTo("phobithu");

        driver.complete("phobithu", pi.getId(), "Task_SignUpwardReport",
                Map.of("approvalDecision", "return", "approvalComment", "Bổ sung số liệu đảng viên."));
        assertThat(pi).isWaitingAt("Task_ReportUpward");
        Task again = driver.task("soanthao", pi.getId(), "Task_ReportUpward");
        assertThat(again.getName()).contains("(bị trả lại)").contains("405-CV/BTGTU");
        driver.complete("soanthao", again, Map.of("reportBody", proposal + "\n\nĐã có 245/250 đảng viên tham gia.",
                "reportSigner", "phobithu"));
        driver.complete("phobithu", pi.getId(), "Task_SignUpwardReport", Map.of("approvalDecision", "pass"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Reported", "EndEvent_UnitsDone");
        Map<String, Object> bc = jdbc.queryForMap("select d.id, d.doc_type, d.document_number, d.status, d.body "
                + "from directive d join incoming_document i on i.report_directive_id = d.id where i.id = ?",
                received.id());
        assertThat(bc).containsEntry("DOC_TYPE", "BC").containsEntry("DOCUMENT_NUMBER", "01-BC/HU")
                .containsEntry("STATUS", "ISSUED");
        assertThat((String) bc.get("BODY")).endsWith("Đã có 245/250 đảng viên tham gia.");
        long bcId = ((Number) bc.get("ID")).longValue();
        assertThat(documents.find(bcId, DirectiveDocuments.Format.PDF)).isPresent();
        assertThat(documents.find(bcId, DirectiveDocuments.Format.DOCX)).isPresent();
        assertThat(jdbc.queryForObject("select status from incoming_document where id = ?", String.class,
                received.id())).isEqualTo("REPORTED");
    }

    @Test
    void anImplementingDirectiveStartsPrefilledForTheChosenDrafter() throws IOException {
        IncomingIntake.Received received = receive("vanthu");
        ProcessInstance pi = instance(received);
        driver.complete("vanthu", pi.getId(), "Task_RegisterIncoming", registration(null));
        // the drafter must work in the body's office
        assertThatThrownBy(() -> driver.complete("phobithu", pi.getId(), "Task_DirectIncoming",
                Map.of("direction", "IMPLEMENT", "implementingType", "KH", "drafter", "mttq")))
                .hasMessageContaining("Người soạn thảo phải là cán bộ Văn phòng của Huyện ủy Bảo Yên");
        driver.complete("phobithu", pi.getId(), "Task_DirectIncoming", Map.of("direction", "IMPLEMENT",
                "implementingType", "KH", "drafter", "soanthao",
                "directAssignments", List.of(Map.of("content", "Xây dựng kế hoạch học tập chuyên đề",
                        "lead", "btg-bao-yen", "support", List.of(), "deadline", "trong quý I năm "
                                + (today().getYear() + 1)))));
        ProcessInstance plan = driver.called(pi, "ke-hoach");
        assertThat(plan).isNotNull();
        Task draft = driver.task("soanthao", plan.getId(), "Task_DraftDirective");
        assertThat(draft.getAssignee()).isEqualTo("soanthao");
        var rt = engine.getRuntimeService();
        String draftInstance = draft.getProcessInstanceId();
        assertThat((String) rt.getVariable(draftInstance, "basis")).isEqualTo("Thực hiện Công văn số 405-CV/BTGTU "
                + "ngày 20/03/2024 của Ban Tuyên giáo Thành ủy Bắc Kạn về tiếp tục thực hiện có hiệu quả việc học tập "
                + "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.");
        assertThat((String) rt.getVariable(draftInstance, "subject")).startsWith("V/v triển khai thực hiện Công văn");
        assertThat(JsonVarTestSupport.list(rt.getVariable(draftInstance, "assignments"))).singleElement()
                .satisfies(a -> assertThat(((Map<?, ?>) a).get("units")).isEqualTo(List.of("btg-bao-yen")));

        Map<String, Object> v = WorkflowDriver.draft("V/v triển khai thực hiện Công văn số 405-CV/BTGTU",
                List.of("btg-bao-yen"), today().plusDays(30));
        v.put("purpose", "Nâng cao nhận thức của cán bộ, đảng viên.");
        v.put("organization", "Ban Tuyên giáo Huyện ủy chủ trì, theo dõi, báo cáo.");
        driver.complete("soanthao", draft, v);
        assertThat(jdbc.queryForObject("select incoming_id from directive where process_instance_id = ?", Long.class,
                plan.getId())).isEqualTo(received.id());
        assertThat(pi).isWaitingAt("CallActivity_ImplementingDirective");
    }

    @Test
    void theUpwardReportIsRemindedBeforeAndEscalatedAfterItsDeadline() throws IOException {
        IncomingIntake.Received received = receive("vanthu");
        ProcessInstance pi = instance(received);
        LocalDate deadline = today().plusDays(10);
        driver.complete("vanthu", pi.getId(), "Task_RegisterIncoming",
                registration("trước ngày " + deadline.format(DMY)));
        driver.complete("phobithu", pi.getId(), "Task_DirectIncoming", Map.of("direction", "ASSIGN",
                "directAssignments", List.of(Map.of("content", "Tổ chức học tập", "lead", "mttq-bao-yen",
                        "deadline", "trước ngày " + today().plusDays(5).format(DMY)))));
        assertThat(pi).isWaitingAt("Task_ReportUpward");
        ClockUtil.setCurrentTime(java.util.Date.from(deadline.minusDays(2).atStartOfDay(ZONE).toInstant()));
        driver.executeJobs();
        ClockUtil.setCurrentTime(java.util.Date.from(deadline.plusDays(2).atStartOfDay(ZONE).toInstant()));
        driver.executeJobs();
        assertThat(jdbc.queryForList("select kind from notification where incoming_id = ? order by id", String.class,
                received.id())).containsExactly("INCOMING_REMINDER", "INCOMING_OVERDUE");
        assertThat(pi).hasPassed("Task_RemindUpwardReport", "Task_EscalateUpwardReport").isWaitingAt("Task_ReportUpward");
    }
}
