package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The shared Tasklist filters each person sees, with what each of them lists. */
class TaskFiltersTest extends WorkflowTestBase {

    @Test
    void everyUserSeesTheSharedFilters() {
        List<String> names = driver.as("mttq", () -> engine.getFilterService().createFilterQuery().list().stream()
                .map(Filter::getName).toList());
        assertThat(names).contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn", "Báo cáo chờ duyệt");
    }

    @Test
    void filtersListTheRightTasksForEachPerson() {
        LocalDate deadline = today().plusDays(2);
        ProcessInstance directive = driver.approvedDirective("V/v bộ lọc", List.of("mttq-bao-yen", "btg-bao-yen"),
                deadline);
        ProcessInstance mttq = driver.unitWork(directive, "mttq-bao-yen");

        assertThat(list("mttq", "Việc của tôi")).extracting(Task::getProcessInstanceId).contains(mttq.getId());
        List<Task> unitTasks = list("mttq", "Việc của đơn vị");
        assertThat(unitTasks).extracting(Task::getProcessInstanceId).contains(mttq.getId())
                .doesNotContain(driver.unitWork(directive, "btg-bao-yen").getId());

        // taken by one of the unit: still the unit's work, listed for every member until it is done
        Task acknowledgement = driver.task("mttq", mttq.getId(), "Task_AcknowledgeReceipt");
        driver.asUser("mttq", () -> engine.getTaskService().claim(acknowledgement.getId(), "mttq"));
        assertThat(list("mttq", "Việc của đơn vị")).extracting(Task::getId).contains(acknowledgement.getId());
        assertThat(list("mttq", "Việc của tôi")).extracting(Task::getId).contains(acknowledgement.getId());
        assertThat(list("tuyengiao", "Việc của đơn vị")).extracting(Task::getId)
                .doesNotContain(acknowledgement.getId());
        driver.complete("mttq", mttq.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        assertThat(list("mttq", "Sắp đến hạn")).extracting(Task::getProcessInstanceId).contains(mttq.getId());
        assertThat(list("mttq", "Quá hạn")).extracting(Task::getProcessInstanceId).doesNotContain(mttq.getId());

        ClockUtil.setCurrentTime(java.util.Date.from(deadline.plusDays(1).atStartOfDay(ZONE).toInstant()));
        assertThat(list("mttq", "Quá hạn")).extracting(Task::getProcessInstanceId).contains(mttq.getId());

        driver.executeJobs();
        ClockUtil.reset();
        for (Task t : driver.as("mttq", () -> engine.getTaskService().createTaskQuery()
                .processInstanceId(mttq.getId()).taskDefinitionKey("Task_CarryOutAssignment").list())) {
            driver.complete("mttq", t, Map.of("resultNote", "Xong"));
        }
        driver.complete("mttq", mttq.getId(), "Task_ReportResult",
                Map.of("reportContent", "Xong", "reportEvidence", "01-BC"));
        assertThat(list("vanthu", "Báo cáo chờ duyệt")).extracting(Task::getProcessInstanceId).contains(mttq.getId());
        assertThat(list("mttq", "Báo cáo chờ duyệt")).isEmpty();
    }

    private List<Task> list(String user, String filterName) {
        return driver.as(user, () -> {
            Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
            return engine.getFilterService().list(filter.getId());
        });
    }
}
