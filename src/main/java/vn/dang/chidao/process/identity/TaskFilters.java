package vn.dang.chidao.process.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import vn.dang.chidao.WorkflowProperties;

/** The shared Tasklist filters, created and kept in step at start-up; every user may read them. */
@Component
public class TaskFilters {

    private static final List<Map<String, String>> COLUMNS = List.of(
            column("documentNumber", "Số văn bản"),
            column("subject", "Trích yếu"),
            column("unitName", "Đơn vị"),
            column("assignmentDeadline", "Hạn nhiệm vụ"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    private final int reminderDays;

    public TaskFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
                       WorkflowProperties properties) {
        this.reminderDays = properties.reminderDays();
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    public void synchronize() {
        // the inbox clerks open first: what is assigned to them and what waits for their unit or role
        save("Việc của tôi", "Công việc giao cho đồng chí và cho đơn vị, bộ phận của đồng chí", -10,
                tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr());
        // a task stays here while it is open, also once a colleague (or the user) has taken it
        save("Việc của đơn vị", "Công việc giao cho đơn vị, bộ phận của đồng chí, kể cả việc đã có người nhận", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        save("Sắp đến hạn", "Công việc đến hạn trong " + reminderDays + " ngày tới", -2,
                tasks.createTaskQuery().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(" + reminderDays + ").toDate()}"));
        save("Quá hạn", "Công việc đã quá hạn xử lý", 0,
                tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        // the office's review tasks; a unit that asked sees its own request here, read-only, while it waits
        save("Đề nghị gia hạn", "Đề nghị gia hạn thời hạn nhiệm vụ đang chờ văn phòng cho ý kiến", 6,
                tasks.createTaskQuery().taskDefinitionKey("Task_ReviewExtension"));
        save("Báo cáo chờ duyệt", "Báo cáo kết quả của các đơn vị đang chờ văn phòng duyệt", 5,
                tasks.createTaskQuery().taskDefinitionKey("Task_ReviewReport")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    }

    private void save(String name, String description, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", COLUMNS);
        filter.setProperties(properties);
        filter.setQuery(query);
        filter.setOwner(null);
        filters.saveFilter(filter);
        if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(filter.getId()).count() == 0) {
            Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            read.setUserId(ANY);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    private static Map<String, String> column(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
