package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The dispatch reaches the units in batches, each its own transaction: with batches of 2, five units take the
 * rendering job's batch and two more jobs; every unit gets exactly one work instance, a failed batch is retried
 * without reaching any unit twice, and the directive waits for its units only once all are reached.
 */
@TestPropertySource(properties = "directive.dispatch-batch-size=2")
class BatchedDispatchProcessTest extends WorkflowTestBase {

    private static final List<String> UNITS = List.of("mttq-bao-yen", "btg-bao-yen", "du-bao-ha", "cb-thpt-bao-yen",
            "cb-thon-bong-2");

    @Test
    void fiveUnitsInBatchesOfTwoEachReachedOnce() {
        ProcessInstance pi = approved("V/v phát hành theo từng đợt");
        ProcessInstance issue = driver.called(pi, "issue-directive");
        long id = directiveId(pi.getId());

        runOnlyJobOf(issue, "Task_GenerateDocument");
        assertThat(reached(id)).as("first batch, with the document").isEqualTo(2);
        assertThat(issue).isWaitingAt("Event_NextDispatchBatch");
        assertThat(engine.getRuntimeService().getVariable(issue.getId(), "dispatchRemaining")).isEqualTo(3L);

        runOnlyJobOf(issue, "Event_NextDispatchBatch");
        assertThat(reached(id)).isEqualTo(4);
        assertThat(issue).isWaitingAt("Event_NextDispatchBatch");
        assertThat(pi).isWaitingAt("CallActivity_IssueDirective");

        runOnlyJobOf(issue, "Event_NextDispatchBatch");
        assertThat(reached(id)).isEqualTo(5);
        assertThat(issue).isEnded();
        assertThat(pi).isWaitingAt("Event_AllReportsAccepted");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "unitCount")).isEqualTo(5L);
        assertThat(count("select count(*) from distribution where directive_id = ? and recorded_at is null", id))
                .isZero();

        driver.executeJobs();
        String number = (String) engine.getRuntimeService().getVariable(pi.getId(), "documentNumber");
        for (String unit : UNITS) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("unit-work")
                    .processInstanceBusinessKey(number + " " + unit).count()).as(unit).isEqualTo(1);
        }
        assertThat(count("select count(*) from notification where directive_id = ? and kind = 'DISPATCH'", id))
                .isEqualTo(5);
        assertThat(count("select count(distinct process_instance_id) from recipient where directive_id = ?", id))
                .isEqualTo(5);
    }

    @Test
    void aBatchThatFailsIsRunAgainWithoutReachingAUnitTwice() {
        ProcessInstance pi = approved("V/v phát hành lại đợt bị lỗi");
        ProcessInstance issue = driver.called(pi, "issue-directive");
        long id = directiveId(pi.getId());
        runOnlyJobOf(issue, "Task_GenerateDocument");
        assertThat(reached(id)).isEqualTo(2);

        // the outbox refuses the third unit's row: the second batch fails and its transaction rolls back
        long third = jdbc.queryForObject("select id from unit where code = 'du-bao-ha'", Long.class);
        jdbc.execute("alter table notification add constraint test_refuse_unit check (directive_id <> " + id
                + " or unit_id <> " + third + ")");
        try {
            Job job = jobOf(issue, "Event_NextDispatchBatch");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> engine.getManagementService().executeJob(job.getId())).isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.execute("alter table notification drop constraint test_refuse_unit");
        }
        assertThat(reached(id)).as("nothing of the failed batch").isEqualTo(2);
        assertThat(count("select count(*) from notification where directive_id = ?", id)).isEqualTo(2);

        runOnlyJobOf(issue, "Event_NextDispatchBatch");
        runOnlyJobOf(issue, "Event_NextDispatchBatch");
        assertThat(issue).isEnded();
        assertThat(reached(id)).isEqualTo(5);
        assertThat(count("select count(*) from notification where directive_id = ?", id)).isEqualTo(5);
    }

    private ProcessInstance approved(String subject) {
        ProcessInstance pi = driver.startCongVan(subject);
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft(subject, UNITS, today().plusDays(20)));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        return pi;
    }

    private long reached(long directiveId) {
        return count("select count(*) from recipient where directive_id = ? and status <> 'DRAFT' "
                + "and process_instance_id is not null", directiveId);
    }

    private Job jobOf(ProcessInstance instance, String activityId) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
        assertThat(jobs).as("job of " + activityId).hasSize(1);
        return jobs.get(0);
    }

    private void runOnlyJobOf(ProcessInstance instance, String activityId) {
        engine.getManagementService().executeJob(jobOf(instance, activityId).getId());
    }
}
