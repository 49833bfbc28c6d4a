package vn.dang.chidao.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.process.WorkflowTestBase;

/**
 * Tỉnh ủy → Huyện ủy → Đảng ủy xã → chi bộ, on PostgreSQL: each level implements its parent's
 * directive with its own, citing it as căn cứ, and its summary comes back up as its report.
 */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
class ThreeLevelCascadeTest extends WorkflowTestBase {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "cascade");
    }

    @Test
    void aProvincialDirectiveIsImplementedDownToAChiBoAndReportedBackUp() {
        // level 1: the Tỉnh ủy sends a công văn to the Huyện ủy
        ProcessInstance province = driver.start("cong-van", "vanphongtinh", "V/v quán triệt Nghị quyết Trung ương");
        driver.complete("vanphongtinh", province.getId(), "Task_DraftDirective",
                draft("tu-lao-cai", "phobithutinh", "V/v quán triệt Nghị quyết Trung ương", "hu-bao-yen", null));
        driver.complete("vanphongtinh", province.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithutinh", province.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        String provinceNumber = (String) engine.getRuntimeService().getVariable(province.getId(), "documentNumber");
        assertThat(provinceNumber).matches("\\d{2}-CV/TU");

        // level 2: the Huyện ủy implements it with its own kế hoạch
        ProcessInstance districtWork = driver.unitWork(province, "hu-bao-yen");
        driver.complete("soanthao", districtWork.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson",
                "Văn phòng Huyện ủy", "implementationMode", "cascade", "childType", "KH"));
        assertThat(districtWork).isWaitingAt("CallActivity_ChildDirective");
        ProcessInstance district = driver.called(districtWork, "ke-hoach");
        Object basis = engine.getRuntimeService().getVariable(driver.called(district, "draft-and-approve").getId(),
                "basis");
        assertThat(basis).asString().startsWith("Thực hiện Công văn số " + provinceNumber + " ngày ")
                .endsWith("của Tỉnh ủy Lào Cai.");
        Map<String, Object> plan = draft("hu-bao-yen", "phobithu", "Kế hoạch triển khai Nghị quyết", "du-bao-ha",
                basis.toString());
        plan.put("purpose", "Quán triệt sâu rộng đến cơ sở.");
        driver.complete("soanthao", district.getId(), "Task_DraftDirective", plan);
        driver.complete("chanhvanphong", district.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", district.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();

        // level 3: the Đảng ủy xã implements the kế hoạch with its own công văn to its chi bộ
        ProcessInstance communeWork = driver.unitWork(district, "du-bao-ha");
        driver.complete("baoha", communeWork.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson",
                "Bí thư Đảng ủy", "implementationMode", "cascade", "childType", "CV"));
        ProcessInstance commune = driver.called(communeWork, "cong-van");
        driver.complete("baoha", commune.getId(), "Task_DraftDirective",
                draft("du-bao-ha", "bithuxa", "V/v triển khai Kế hoạch của Huyện ủy", "cb-thon-bong-2", null));
        driver.complete("baoha", commune.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("bithuxa", commune.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        String communeNumber = (String) engine.getRuntimeService().getVariable(commune.getId(), "documentNumber");
        assertThat(communeNumber).matches("\\d{2}-CV/ĐU");

        // level 4: the chi bộ carries it out directly and reports
        ProcessInstance chiBo = driver.unitWork(commune, "cb-thon-bong-2");
        driver.unitDoesItsWork("chibobong2", chiBo);
        driver.complete("baoha", chiBo.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        driver.complete("baoha", commune.getId(), "Task_ReviewSummary",
                Map.of("summaryNote", "Chi bộ thôn Bông 2 đã quán triệt đầy đủ."));
        assertThat(commune).isEnded();

        // the xã's summary is its report to the Huyện ủy
        assertThat(communeWork).isWaitingAt("Task_ReviewReport");
        Map<String, Object> communeReport = jdbc.queryForMap("select rep.content, rep.evidence, rep.child_directive_id "
                + "from report rep join recipient r on r.id = rep.recipient_id where r.process_instance_id = ?",
                communeWork.getId());
        assertThat(communeReport.get("evidence")).isEqualTo("Công văn số " + communeNumber);
        assertThat(communeReport.get("content")).asString()
                .contains("Đơn vị đã triển khai bằng công văn số " + communeNumber)
                .contains("Chi bộ thôn Bông 2 đã quán triệt đầy đủ.")
                .contains("- Chi bộ thôn Bông 2: hoàn thành đúng hạn");
        assertThat(jdbc.queryForObject("select count(*) from directive d join recipient r on r.id = d.parent_recipient_id "
                + "where r.process_instance_id = ?", Long.class, communeWork.getId())).isEqualTo(1);

        driver.complete("soanthao", communeWork.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        driver.complete("soanthao", district.getId(), "Task_ReviewSummary", Map.of("summaryNote", "Xã Bảo Hà hoàn thành."));
        assertThat(districtWork).isWaitingAt("Task_ReviewReport");
        driver.complete("vanphongtinh", districtWork.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        driver.complete("vanphongtinh", province.getId(), "Task_ReviewSummary",
                Map.of("summaryNote", "Huyện ủy Bảo Yên triển khai đến chi bộ."));

        assertThat(province).isEnded();
        assertThat(jdbc.queryForList("select status from directive order by id", String.class))
                .containsOnly("ARCHIVED").hasSize(3);
    }

    private Map<String, Object> draft(String issuer, String signer, String subject, String unit, String basis) {
        Map<String, Object> d = new LinkedHashMap<>(WorkflowDriver.draft(subject, List.of(unit), today().plusDays(20)));
        d.put("issuer", issuer);
        d.put("signer", signer);
        d.put("assignments", List.of(Map.of("content", "Tổ chức quán triệt", "units", List.of(unit),
                "deadline", today().plusDays(20).toString())));
        if (basis != null) {
            d.put("basis", basis);
        }
        return d;
    }
}
