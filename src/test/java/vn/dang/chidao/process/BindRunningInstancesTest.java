package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import db.migration.V9__BindRunningInstances;

/**
 * An installation upgraded with directives under way: the instances started before bindings existed are bound
 * from the variables they were started with, and carry on.
 */
class BindRunningInstancesTest extends WorkflowTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void runningInstancesAreBoundFromTheirStartVariables() throws Exception {
        LocalDate today = today();
        ProcessInstance directive = driver.start("ke-hoach", "soanthao", "Kế hoạch trước khi nâng cấp");
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("Kế hoạch trước khi nâng cấp",
                List.of("mttq-bao-yen"), today.plusDays(30)));
        draft.put("purpose", "Thử nâng cấp.");
        draft.put("assignments", List.of(Map.of("content", "Báo cáo hằng năm", "units", List.of("mttq-bao-yen"),
                "deadline", "trước ngày 30/3 hằng năm")));
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        ProcessInstance another = driver.startCongVan("Công văn chưa soạn");

        // this test's instances only: the context is shared with other tests' running directives
        String requestsOf = "select * from directive_request where process_instance_id in (?, ?) order by 1";
        String roundsOf = "select w.* from recurring_work w join recipient r on r.id = w.recipient_id "
                + "where r.process_instance_id = ? order by 1";
        List<Map<String, Object>> requests = jdbc.queryForList(requestsOf, directive.getId(), another.getId());
        List<Map<String, Object>> rounds = jdbc.queryForList(roundsOf, unit.getId());
        assertThat(requests).hasSize(2);
        assertThat(rounds).hasSize(1);
        jdbc.update("delete from directive_request where process_instance_id in (?, ?)", directive.getId(),
                another.getId());
        jdbc.update("delete from recurring_work where process_instance_id = ?",
                rounds.get(0).get("PROCESS_INSTANCE_ID"));

        migrateBindings(dataSource);

        assertThat(jdbc.queryForList(requestsOf, directive.getId(), another.getId())).isEqualTo(requests);
        assertThat(jdbc.queryForList(roundsOf, unit.getId())).isEqualTo(rounds);
        // and the drafter of the undrafted one still gets the draft task
        assertThat(driver.task("soanthao", another.getId(), "Task_DraftDirective").getAssignee()).isEqualTo("soanthao");
    }

    /** Runs the V9 migration as Flyway would, on a connection of the application's database. */
    static void migrateBindings(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V9__BindRunningInstances().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }
}
