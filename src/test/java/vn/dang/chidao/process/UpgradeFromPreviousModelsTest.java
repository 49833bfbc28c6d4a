package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An installation upgraded while directives run on the models deployed before the bindings
 * (src/test/resources/upgrade/2026-12-01: that day's directive processes and shared steps): a directive started
 * before the upgrade, not yet drafted, goes through to the archive with the new code. Its units' work starts after
 * the upgrade, on the current unit-work model.
 */
class UpgradeFromPreviousModelsTest extends WorkflowTestBase {

    @Autowired
    DataSource dataSource;

    private String deployment;

    @BeforeEach
    void previousModels() throws Exception {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("2026-12-01");
        var resolver = new PathMatchingResourcePatternResolver();
        for (Resource model : resolver.getResources("classpath:upgrade/2026-12-01/*.bpmn")) {
            builder.addInputStream(model.getFilename(), model.getInputStream());
        }
        for (Resource form : resolver.getResources("classpath*:forms/*.form")) {
            builder.addInputStream(form.getFilename(), form.getInputStream());
        }
        deployment = builder.deploy().getId();
    }

    @AfterEach
    void currentModelsAgain() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @Test
    void aDirectiveStartedBeforeTheUpgradeGoesThrough() throws Exception {
        ProcessInstance directive = driver.startCongVan("V/v trước khi nâng cấp");
        assertThat(engine.getRepositoryService().getProcessDefinition(directive.getProcessDefinitionId())
                .getDeploymentId()).isEqualTo(deployment);
        // started before the upgrade: no binding until the migration
        jdbc.update("delete from directive_request where process_instance_id = ?", directive.getId());
        BindRunningInstancesTest.migrateBindings(dataSource);

        driver.complete("soanthao", directive.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v trước khi nâng cấp", List.of("mttq-bao-yen"), today().plusDays(10)));
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.unitDoesItsWork("mttq", unit);
        driver.complete("vanthu", unit.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        driver.complete("soanthao", directive.getId(), "Task_ReviewSummary", Map.of("summaryNote", "Tốt"));

        assertThat(jdbc.queryForObject("select status from directive where process_instance_id = ?", String.class,
                directive.getId())).isEqualTo("ARCHIVED");
    }
}
