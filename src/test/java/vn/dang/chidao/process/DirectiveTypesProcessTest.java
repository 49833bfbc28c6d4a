package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Kế hoạch and Hướng dẫn run through the same shared steps as the Công văn; numbering counts per
 * type; the signing block follows the issuing body.
 */
class DirectiveTypesProcessTest extends WorkflowTestBase {

    @Test
    void planOfTheCommitteeIsSignedOnBehalfOfTheStandingCommitteeAndNumberedAsKH() {
        ProcessInstance plan = driver.start("ke-hoach", "soanthao", "Tuyên truyền kỷ niệm các ngày lễ lớn");
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("Tuyên truyền kỷ niệm các ngày lễ lớn",
                List.of("mttq-bao-yen", "du-bao-ha"), today().plusDays(40)));
        draft.put("purpose", "Tuyên truyền sâu rộng ý nghĩa lịch sử của các ngày lễ lớn.");
        draft.put("organization", "Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi, tổng hợp.");
        driver.complete("soanthao", plan.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", plan.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", plan.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();

        assertThat(plan).isWaitingAt("Event_AllReportsAccepted");
        long id = directiveId(plan.getId());
        Map<String, Object> row = jdbc.queryForMap("select doc_type, document_number, purpose, signing_authority, "
                + "signer_position, signer_name from directive where id = ?", id);
        assertThat(row).containsEntry("DOC_TYPE", "KH").containsEntry("SIGNING_AUTHORITY", "T/M BAN THƯỜNG VỤ")
                .containsEntry("SIGNER_POSITION", "PHÓ BÍ THƯ").containsEntry("SIGNER_NAME", "Hoàng Văn Minh")
                .containsEntry("PURPOSE", "Tuyên truyền sâu rộng ý nghĩa lịch sử của các ngày lễ lớn.");
        assertThat((String) row.get("DOCUMENT_NUMBER")).matches("\\d{2,}-KH/HU");
        assertThat(driver.unitWork(plan, "du-bao-ha")).isNotNull();
    }

    @Test
    void planWithoutPurposeIsRefused() {
        ProcessInstance plan = driver.start("ke-hoach", "soanthao", "Kế hoạch thiếu mục đích");
        assertThatThrownBy(() -> driver.complete("soanthao", plan.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("Kế hoạch thiếu mục đích", List.of("mttq-bao-yen"), today().plusDays(9))))
                .hasMessageContaining("Kế hoạch phải có phần Mục đích, yêu cầu.");
    }

    @Test
    void guidanceOfABanSignedByADeputyIsKyThayAndGoesToTheBanLeaders() {
        ProcessInstance guidance = driver.start("huong-dan", "tuyengiao2", "Hướng dẫn sinh hoạt chính trị");
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("Hướng dẫn sinh hoạt chính trị",
                List.of("cb-thpt-bao-yen", "du-bao-ha"), today().plusDays(20)));
        draft.put("issuer", "btg-bao-yen");
        draft.put("signer", "photruongbantg");
        driver.complete("tuyengiao2", guidance.getId(), "Task_DraftDirective", draft);
        assertThat(driver.called(guidance, "draft-and-approve")).isWaitingAt("Task_CheckFormat").task()
                .hasCandidateGroup("btg-bao-yen_chanh-van-phong");
        driver.complete("tuyengiao2", guidance.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        var approval = driver.called(guidance, "draft-and-approve");
        assertThat(approval).isWaitingAt("Task_ApproveDirective").task().isAssignedTo("photruongbantg");
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).singleResult()
                .getId();
        assertThat(engine.getTaskService().getIdentityLinksForTask(taskId))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("btg-bao-yen_lanh-dao"));
        driver.complete("photruongbantg", guidance.getId(), "Task_ApproveDirective",
                Map.of("approvalDecision", "pass"));
        driver.executeJobs();

        Map<String, Object> row = jdbc.queryForMap("select document_number, signing_authority, signer_position "
                + "from directive where id = ?", directiveId(guidance.getId()));
        assertThat(row).containsEntry("SIGNING_AUTHORITY", "K/T TRƯỞNG BAN")
                .containsEntry("SIGNER_POSITION", "PHÓ TRƯỞNG BAN");
        assertThat((String) row.get("DOCUMENT_NUMBER")).matches("\\d{2,}-HD/BTGHU");
        // HD 36 §1.2: the Ban prints its cấp ủy, then its own short name, as the directory holds them
        List<String> header = pdfLines(directiveId(guidance.getId())).subList(0, 3);
        assertThat(header).containsExactly("HUYỆN ỦY BẢO YÊN", "BAN TUYÊN GIÁO", "*");
    }

    private List<String> pdfLines(long directiveId) {
        byte[] pdf = jdbc.queryForObject("select content from directive_document where directive_id = ? "
                + "and format = 'PDF'", byte[].class, directiveId);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSignerOfAnotherBodyIsRefused() {
        ProcessInstance guidance = driver.start("huong-dan", "tuyengiao2", "Hướng dẫn ký sai thẩm quyền");
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("Hướng dẫn ký sai thẩm quyền",
                List.of("cb-thpt-bao-yen"), today().plusDays(20)));
        draft.put("issuer", "btg-bao-yen");
        draft.put("signer", "phobithu");
        assertThatThrownBy(() -> driver.complete("tuyengiao2", guidance.getId(), "Task_DraftDirective", draft))
                .hasMessageContaining("không có thẩm quyền ký văn bản của cơ quan này.");
    }
}
