package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** One test per path of the Công văn process: approved, returned twice over, rejected. */
class CongVanProcessTest extends WorkflowTestBase {

    private static final List<String> UNITS = List.of("mttq-bao-yen", "btg-bao-yen");

    @org.springframework.beans.factory.annotation.Autowired
    vn.dang.chidao.document.DirectiveDocuments documents;
    @org.springframework.beans.factory.annotation.Autowired
    vn.dang.chidao.notification.OutboxDelivery outbox;

    @Test
    void approvedDirectiveIsNumberedDispatchedSummarisedAndArchived() {
        ProcessInstance pi = driver.startCongVan("V/v tăng cường sinh hoạt chính trị");
        assertThat(pi).isWaitingAt("CallActivity_DraftAndApprove");
        ProcessInstance approval = driver.called(pi, "draft-and-approve");
        assertThat(approval).isWaitingAt("Task_DraftDirective").task().isAssignedTo("soanthao")
                .hasName("Soạn thảo văn bản — V/v tăng cường sinh hoạt chính trị");

        java.time.LocalDate month = today().plusMonths(2);
        String monthPhrase = "trong tháng " + month.getMonthValue() + "/" + month.getYear();
        java.time.LocalDate day = today().plusDays(25);
        String dayPhrase = "trước ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
        Map<String, Object> draft = new java.util.LinkedHashMap<>(
                WorkflowDriver.draft("V/v tăng cường sinh hoạt chính trị", UNITS, today().plusDays(20)));
        draft.put("assignments", List.of(
                Map.of("content", "Xây dựng kế hoạch tổ chức đợt sinh hoạt chính trị", "units", UNITS,
                        "deadline", monthPhrase),
                Map.of("content", "Tuyên truyền trên trang thông tin điện tử", "units", List.of(UNITS.get(0)),
                        "deadline", dayPhrase)));
        draft.put("closing", "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective", draft);
        assertThat(approval).isWaitingAt("Task_CheckFormat").task()
                .hasCandidateGroup("hu-bao-yen_chanh-van-phong");
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        assertThat(approval).isWaitingAt("Task_ApproveDirective").task().isAssignedTo("phobithu");
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));

        assertThat(approval).isEnded();
        ProcessInstance issue = driver.called(pi, "issue-directive");
        assertThat(issue).hasPassed("Task_AssignDocumentNumber").isWaitingAt("Task_GenerateDocument");
        driver.executeJobs();
        assertThat(pi).isWaitingAt("Event_AllReportsAccepted");
        String number = (String) runtimeService().getVariable(pi.getId(), "documentNumber");
        assertThat(number).matches("\\d{2,}-CV/HU");
        long id = directiveId(pi.getId());
        assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, id))
                .isEqualTo("ISSUED");
        assertThat(count("select count(*) from recipient where directive_id = ? and status = 'DISPATCHED' "
                + "and process_instance_id is not null", id)).isEqualTo(2);
        assertThat(count("select count(*) from distribution where directive_id = ? and recorded_at is not null", id))
                .isEqualTo(3);
        // queued with the units' work, mailed outside their instances
        assertThat(count("select count(*) from notification where directive_id = ? and kind = 'DISPATCH' "
                + "and status = 'PENDING'", id)).isEqualTo(2);
        for (String unit : jdbc.queryForList("select process_instance_id from recipient where directive_id = ?",
                String.class, id)) {
            assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(unit).singleResult())
                    .isWaitingAt("Task_AcknowledgeReceipt");
        }
        outbox.deliverDue();
        assertThat(count("select count(*) from notification where directive_id = ? and kind = 'DISPATCH' "
                + "and status <> 'PENDING'", id)).isEqualTo(2);
        // the issued document was rendered by the dispatch job, before the units got their tasks
        byte[] pdf = jdbc.queryForObject("select content from directive_document where directive_id = ? "
                + "and format = 'PDF'", byte[].class, id);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("HUYỆN ỦY BẢO YÊN").contains("Số " + number)
                    .contains("V/v tăng cường sinh hoạt chính trị")
                    .contains("T/M BAN THƯỜNG VỤ").contains("Hoàng Văn Minh");
            // the deadlines as the drafter wrote them, no resolved date; the closing after the last task
            String flat = text.replaceAll("\\s+", " ");
            // HD 36 §1.2: a Huyện ủy prints its đảng bộ above its own name
            assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(3).toList())
                    .containsExactly("ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN", "*");
            // Kính gửi names the demo's group "MTTQ và các đoàn thể huyện" (its one member is addressed); the
            // first task is for both units, the second for the MTTQ only, which the paper says
            assertThat(flat).containsSubsequence("Kính gửi: - MTTQ và các đoàn thể huyện,", "- Ban Tuyên giáo Huyện ủy.",
                    "1. Xây dựng kế hoạch", "Thời hạn: " + monthPhrase + ".",
                    "2. MTTQ và các đoàn thể huyện:", "Tuyên truyền", "Thời hạn: " + dayPhrase + ".",
                    "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", "Nơi nhận:")
                    .doesNotContainPattern("Thời hạn: \\d{2}/\\d{2}/\\d{4}");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        // the editable DOCX is rendered on its first download only, then kept
        assertThat(count("select count(*) from directive_document where directive_id = ? and format = 'DOCX'", id))
                .isZero();
        var docx = documents.find(id, vn.dang.chidao.document.DirectiveDocuments.Format.DOCX).orElseThrow();
        assertThat(docx.fileName()).isEqualTo(number.replace('/', '-') + ".docx");
        assertThat(new String(docx.content(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(count("select count(*) from directive_document where directive_id = ? and format = 'DOCX'", id))
                .isEqualTo(1);
        assertThat(documents.find(id, vn.dang.chidao.document.DirectiveDocuments.Format.DOCX).orElseThrow().content())
                .isEqualTo(docx.content());

        ProcessInstance mttq = driver.unitWork(pi, "mttq-bao-yen");
        ProcessInstance btg = driver.unitWork(pi, "btg-bao-yen");
        assertThat(mttq).isWaitingAt("Task_AcknowledgeReceipt").task().hasCandidateGroup("mttq-bao-yen")
                .hasName("Xác nhận đã nhận văn bản — " + number + ": V/v tăng cường sinh hoạt chính trị");

        driver.unitDoesItsWork("mttq", mttq);
        assertThat(mttq).isWaitingAt("Task_ReviewReport").task().hasCandidateGroup("hu-bao-yen_van-phong");
        driver.complete("vanthu", mttq.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        // not the last unit: it closes its work and sends nothing
        assertThat(mttq).isEnded().hasPassed("Task_CloseUnitWork", "Gateway_LastUnit")
                .hasNotPassed("Event_AllReportsAcceptedSent");
        assertThat(pi).isWaitingAt("Event_AllReportsAccepted");

        driver.unitDoesItsWork("tuyengiao", btg);
        driver.complete("vanthu", btg.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        // the last unit wakes the directive through the message event drawn in its diagram
        assertThat(btg).isEnded().hasPassed("Task_CloseUnitWork", "Event_AllReportsAcceptedSent");

        assertThat(pi).isWaitingAt("CallActivity_Summary");
        ProcessInstance summary = driver.called(pi, "directive-summary");
        assertThat(summary).isWaitingAt("Task_ReviewSummary").task().hasCandidateGroup("hu-bao-yen_van-phong");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) (List<?>) JsonVarTestSupport
                .list(runtimeService().getVariable(summary.getId(), "unitStatuses"));
        assertThat(statuses).extracting(r -> r.get("unit"), r -> r.get("status")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ủy ban MTTQ huyện Bảo Yên", "Hoàn thành đúng hạn"),
                org.assertj.core.groups.Tuple.tuple("Ban Tuyên giáo Huyện ủy", "Hoàn thành đúng hạn"));

        driver.complete("soanthao", pi.getId(), "Task_ReviewSummary",
                Map.of("summaryNote", "Các đơn vị hoàn thành đúng hạn."));
        assertThat(summary).isEnded().hasPassed("Task_ArchiveDirective");
        assertThat(pi).isEnded().hasPassed("CallActivity_Summary", "EndEvent_Archived");
        assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, id))
                .isEqualTo("ARCHIVED");
    }

    @Test
    void pickerOptionsAreVariablesOfTheirTasksOnly() {
        ProcessInstance pi = driver.startCongVan("V/v danh mục đơn vị trên biểu mẫu");
        ProcessInstance approval = driver.called(pi, "draft-and-approve");
        var tasks = engine.getTaskService();
        String draftTask = tasks.createTaskQuery().processInstanceId(approval.getId()).singleResult().getId();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) spinList(tasks.getVariableLocal(draftTask,
                "unitOptions"));
        assertThat(all).extracting(o -> o.get("value")).contains("mttq-bao-yen", "btg-bao-yen", "du-bao-ha")
                .doesNotContain("hu-bao-yen");
        assertThat(spinList(tasks.getVariableLocal(draftTask, "signerOptions"))).isNotEmpty();
        assertThat(runtimeService().getVariable(approval.getId(), "unitOptions")).isNull();

        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v danh mục đơn vị trên biểu mẫu", UNITS, today().plusDays(20)));
        String check = tasks.createTaskQuery().processInstanceId(approval.getId()).singleResult().getId();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chosen = (List<Map<String, Object>>) spinList(tasks.getVariableLocal(check,
                "unitOptions"));
        assertThat(chosen).extracting(o -> o.get("value")).containsExactlyInAnyOrderElementsOf(UNITS);
        // the review form shows the chosen signer only, and has no issuer picker or deadline examples
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> signers = (List<Map<String, Object>>) spinList(tasks.getVariableLocal(check,
                "signerOptions"));
        assertThat(signers).extracting(o -> o.get("value")).containsExactly(tasks.getVariable(check, "signer"));
        assertThat(tasks.getVariablesLocal(check)).doesNotContainKeys("issuerOptions", "deadlineExamples");
        assertThat(runtimeService().getVariable(pi.getId(), "unitOptions")).as("never copied to the directive")
                .isNull();
    }

    private static List<?> spinList(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(value.toString(), List.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void officeHeadReturnsDraftWithCommentVisibleToDrafter() {
        ProcessInstance pi = driver.startCongVan("V/v kiểm tra thể thức");
        assertThat(driver.task("soanthao", pi.getId(), "Task_DraftDirective").getName())
                .isEqualTo("Soạn thảo văn bản — V/v kiểm tra thể thức");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v kiểm tra thể thức", UNITS, today().plusDays(10)));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat",
                Map.of("formatDecision", "return", "formatComment", "Sai thể thức phần Nơi nhận"));

        ProcessInstance approval = driver.called(pi, "draft-and-approve");
        assertThat(approval).isWaitingAt("Task_DraftDirective").task().isAssignedTo("soanthao");
        assertThat(runtimeService().getVariable(approval.getId(), "lastReviewComment"))
                .isEqualTo("Kiểm tra thể thức — trả lại: Sai thể thức phần Nơi nhận");
        // marked in the drafter's list before it is opened
        assertThat(driver.task("soanthao", pi.getId(), "Task_DraftDirective").getName())
                .isEqualTo("Soạn thảo văn bản (bị trả lại) — V/v kiểm tra thể thức");
        long id = directiveId(pi.getId());
        assertThat(jdbc.queryForMap("select step, decision, comment, actor from review_log where directive_id = ?", id))
                .containsEntry("STEP", "FORMAT_CHECK").containsEntry("DECISION", "RETURN")
                .containsEntry("ACTOR", "chanhvanphong");

        // the corrected draft replaces the first one, it does not add a second directive
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v kiểm tra thể thức (sửa)", UNITS, today().plusDays(10)));
        assertThat(count("select count(*) from directive where process_instance_id = ?", pi.getId())).isEqualTo(1);
        assertThat(count("select count(*) from assignment where directive_id = ?", id)).isEqualTo(2);
        assertThat(approval).isWaitingAt("Task_CheckFormat");
        assertThat(runtimeService().getVariable(approval.getId(), "formatDecision")).isNull();
    }

    @Test
    void signerReturnsDraftToDrafter() {
        ProcessInstance pi = driver.startCongVan("V/v trình ký");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v trình ký", UNITS, today().plusDays(10)));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective",
                Map.of("approvalDecision", "return", "approvalComment", "Bổ sung thời hạn báo cáo"));

        ProcessInstance approval = driver.called(pi, "draft-and-approve");
        assertThat(approval).isWaitingAt("Task_DraftDirective");
        assertThat(pi).isWaitingAt("CallActivity_DraftAndApprove");
        assertThat(runtimeService().getVariable(approval.getId(), "lastReviewComment"))
                .isEqualTo("Trình ký — trả lại: Bổ sung thời hạn báo cáo");
        assertThat(jdbc.queryForObject("select document_number from directive where id = ?", String.class,
                directiveId(pi.getId()))).isNull();
    }

    @Test
    void rejectedDirectiveEndsAndIsRecorded() {
        ProcessInstance pi = driver.startCongVan("V/v không ban hành");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v không ban hành", UNITS, today().plusDays(10)));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective",
                Map.of("approvalDecision", "reject", "approvalComment", "Nội dung đã có văn bản khác chỉ đạo"));

        assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("CallActivity_IssueDirective");
        long id = directiveId(pi.getId());
        assertThat(jdbc.queryForMap("select status, document_number, closed_at from directive where id = ?", id))
                .containsEntry("STATUS", "REJECTED").containsEntry("DOCUMENT_NUMBER", null);
        assertThat(jdbc.queryForObject("select comment from review_log where directive_id = ? and decision = 'REJECT'",
                String.class, id)).isEqualTo("Nội dung đã có văn bản khác chỉ đạo");
        assertThat(count("select count(*) from recipient where directive_id = ? and status <> 'DRAFT'", id))
                .isZero();
    }
}
