package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dang.chidao.directive.ActionNotAllowedException;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.ReviewStep;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.reporting.UnitAcknowledgements;
import vn.dang.chidao.reporting.UnitReports;

/**
 * The business services check the acting user against the tables themselves, whatever let the call through
 * (a grant an administrator added, a candidate group changed in Cockpit): a refusal changes nothing.
 */
class RecordingStepsCheckTheActorTest extends WorkflowTestBase {

    @Autowired
    DirectiveService directives;
    @Autowired
    UnitAcknowledgements acknowledgements;
    @Autowired
    UnitReports reports;

    private static final Actor THPT = new Actor("thpt", Set.of("cb-thpt-bao-yen"));
    private static final Actor MTTQ = new Actor("mttq", Set.of("mttq-bao-yen"));
    private static final Actor OFFICE_HEAD = new Actor("chanhvanphong",
            Set.of("hu-bao-yen_chanh-van-phong", "hu-bao-yen_van-phong"));
    private static final Actor BTG_OFFICE = new Actor("tuyengiao2", Set.of("btg-bao-yen", "btg-bao-yen_van-phong"));

    @Test
    void onlyTheChosenSignerApprovesAndOnlyTheOfficeHeadChecksTheFormat() {
        ProcessInstance pi = driver.startCongVan("V/v người duyệt");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v người duyệt", List.of("mttq-bao-yen"), today().plusDays(10)));
        long id = directiveId(pi.getId());

        assertThatThrownBy(() -> directives.review(id, ReviewStep.APPROVAL, "pass", null, OFFICE_HEAD))
                .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("Hoàng Văn Minh");
        assertThatThrownBy(() -> directives.review(id, ReviewStep.FORMAT_CHECK, "pass", null, BTG_OFFICE))
                .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("Chánh Văn phòng");
        assertThat(count("select count(*) from review_log where directive_id = ?", id)).isZero();
    }

    @Test
    void onlyTheUnitWorksOnItsRowAndOnlyTheIssuingOfficeReviewsIt() {
        ProcessInstance directive = driver.approvedDirective("V/v hàng của đơn vị", List.of("mttq-bao-yen"),
                today().plusDays(10));
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        long row = jdbc.queryForObject("select id from recipient where process_instance_id = ?", Long.class,
                unit.getId());

        assertThatThrownBy(() -> acknowledgements.acknowledge(row, THPT, "Hiệu trưởng", null))
                .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("Ủy ban MTTQ");
        assertThat(jdbc.queryForObject("select status from recipient where id = ?", String.class, row))
                .isEqualTo("DISPATCHED");

        driver.unitDoesItsWork("mttq", unit);
        assertThatThrownBy(() -> reports.reviewReport(row, "accept", null, MTTQ))
                .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("Văn phòng");
        assertThatThrownBy(() -> reports.reviewReport(row, "accept", null, BTG_OFFICE))
                .isInstanceOf(ActionNotAllowedException.class);
        assertThat(jdbc.queryForObject("select decision from report where recipient_id = ?", String.class, row))
                .isEqualTo("PENDING");
        driver.complete("vanthu", unit.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        assertThat(jdbc.queryForObject("select decision from report where recipient_id = ?", String.class, row))
                .isEqualTo("ACCEPTED");
    }
}
