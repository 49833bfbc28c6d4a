package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives directives through the engine as the demo users would through Tasklist: every action runs
 * authenticated as that user, so authorization and "who did it" are real.
 */
public class WorkflowDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;

    public WorkflowDriver(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
    }

    public <T> T as(String user, Supplier<T> action) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void asUser(String user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    public ProcessInstance startCongVan(String subject) {
        return start("cong-van", "soanthao", subject);
    }

    public ProcessInstance start(String processKey, String user, String subject) {
        return as(user, () -> engine.getFormService().submitStartForm(
                engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                        .latestVersion().singleResult().getId(),
                Map.of("subject", subject)));
    }

    /** The instance and every instance it called (draft-and-approve, issue-directive, directive-summary). */
    public String[] tree(String processInstanceId) {
        List<String> ids = new ArrayList<>(List.of(processInstanceId));
        for (int i = 0; i < ids.size(); i++) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
                    .forEach(sub -> ids.add(sub.getId()));
        }
        return ids.toArray(String[]::new);
    }

    /** The running instance of a shared process called by the directive's instance. */
    public ProcessInstance called(ProcessInstance directive, String processKey) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(directive.getId())
                .processDefinitionKey(processKey).singleResult();
    }

    /** The one open task of the given definition key that the user can see in the instance tree. */
    public Task task(String user, String processInstanceId, String taskKey) {
        String[] ids = tree(processInstanceId);
        List<Task> found = as(user, () -> tasks.createTaskQuery().processInstanceIdIn(ids)
                .taskDefinitionKey(taskKey).list());
        assertThat(found).as("%s sees task %s", user, taskKey).hasSize(1);
        return found.get(0);
    }

    public void complete(String user, Task task, Map<String, Object> variables) {
        asUser(user, () -> tasks.complete(task.getId(), toVariables(variables)));
    }

    public void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        complete(user, task(user, processInstanceId, taskKey), variables);
    }

    /** A draft as the form submits it: lists become JSON, dates yyyy-MM-dd. */
    public static Map<String, Object> draft(String subject, List<String> recipients, LocalDate deadline) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("issuer", "hu-bao-yen");
        v.put("subject", subject);
        v.put("basis", "Thực hiện Hướng dẫn số 39-HD/HU, ngày 06/5/2022 của Huyện ủy Bảo Yên");
        v.put("body", "Huyện ủy Bảo Yên yêu cầu các đơn vị tập trung triển khai một số nhiệm vụ như sau:");
        v.put("recipients", recipients);
        List<Map<String, Object>> assignments = new ArrayList<>();
        assignments.add(Map.of("content", "Xây dựng kế hoạch tổ chức đợt sinh hoạt chính trị", "units", recipients,
                "deadline", deadline.toString()));
        assignments.add(Map.of("content", "Tuyên truyền trên trang thông tin điện tử", "units",
                List.of(recipients.get(0)), "deadline", deadline.plusDays(5).toString()));
        v.put("assignments", assignments);
        v.put("distribution", "Thường trực Huyện ủy (b/c),\nNhư Kính gửi,\nLưu VT.");
        v.put("signer", "phobithu");
        return v;
    }

    public static VariableMap toVariables(Map<String, Object> values) {
        VariableMap map = Variables.createVariables();
        values.forEach((k, v) -> {
            if (v instanceof List<?> || v instanceof Map<?, ?>) {
                try {
                    map.putValueTyped(k, SpinValues.jsonValue(JSON.writeValueAsString(v)).create());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                map.putValue(k, v);
            }
        });
        return map;
    }

    /** Runs every due job, like the job executor would, until none is left. */
    public int executeJobs() {
        int executed = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 100);
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** Start, draft, format check and approval: returns the approved, dispatched directive's instance. */
    public ProcessInstance approvedDirective(String subject, List<String> recipients, LocalDate deadline) {
        ProcessInstance pi = startCongVan(subject);
        complete("soanthao", pi.getId(), "Task_DraftDirective", draft(subject, recipients, deadline));
        complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        executeJobs();
        return pi;
    }

    /** The unit-work instance of one unit of a directive. */
    public ProcessInstance unitWork(ProcessInstance directive, String unitCode) {
        String number = (String) runtime.getVariable(directive.getId(), "documentNumber");
        return runtime.createProcessInstanceQuery().processDefinitionKey("unit-work")
                .processInstanceBusinessKey(number + " " + unitCode).singleResult();
    }

    /** A unit acknowledges, completes all its assignment tasks and reports. */
    public void unitDoesItsWork(String user, ProcessInstance unitWork) {
        complete(user, unitWork.getId(), "Task_AcknowledgeReceipt",
                Map.of("leadPerson", "Đồng chí Phó Chủ tịch", "supportPersons", "Văn phòng"));
        List<Task> assignments = as(user, () -> tasks.createTaskQuery().processInstanceId(unitWork.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list());
        assertThat(assignments).isNotEmpty();
        for (Task t : assignments) {
            complete(user, t, Map.of("resultNote", "Đã triển khai tới toàn thể cán bộ"));
        }
        complete(user, unitWork.getId(), "Task_ReportResult",
                Map.of("reportContent", "Đơn vị đã tổ chức quán triệt, 100% đảng viên tham gia.",
                        "reportEvidence", "15-BC/ĐU"));
    }
}
