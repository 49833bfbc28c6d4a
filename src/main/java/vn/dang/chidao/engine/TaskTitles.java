package vn.dang.chidao.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

import vn.dang.chidao.process.DirectiveVariables;
import vn.dang.chidao.process.IncomingVariables;
import vn.dang.chidao.process.UnitWorkVariables;

/**
 * Names every task after what it is and for which directive, e.g.
 * "Báo cáo kết quả — 1759-CV/HU: V/v …", while the diagrams keep short element names.
 */
@Component
@ConditionalOnProperty(name = "directive.engine.task-titles.enabled", havingValue = "true", matchIfMissing = true)
public class TaskTitles extends AbstractProcessEnginePlugin {

    static final int MAX_TITLE = 255;

    private static final TaskListener TITLE = TaskTitles::title;

    /** Tasks that come back to their author, and the variable that holds why. */
    private static final java.util.Map<String, String> RETURN_MARKS = java.util.Map.of(
            "Task_DraftDirective", DirectiveVariables.LAST_REVIEW_COMMENT.name(),
            "Task_ReportResult", UnitWorkVariables.REPORT_RETURN_COMMENT.name(),
            "Task_ReportUpward", IncomingVariables.LAST_REPORT_COMMENT.name());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(PARSE_LISTENER);
    }

    private static final BpmnParseListener PARSE_LISTENER = new AbstractBpmnParseListener() {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, TITLE);
        }
    };

    static void title(DelegateTask task) {
        // the task's own variables would be one more query per new task, and none of these is task-local
        VariableScope variables = task.getExecution() != null ? task.getExecution() : task;
        // a văn bản đến's tasks carry the sender's number and subject
        Object incomingNumber = variables.getVariable(IncomingVariables.INCOMING_NUMBER.name());
        Object number = incomingNumber != null ? incomingNumber
                : variables.getVariable(DirectiveVariables.DOCUMENT_NUMBER.name());
        Object subject = incomingNumber != null ? variables.getVariable(IncomingVariables.INCOMING_SUBJECT.name())
                : variables.getVariable(DirectiveVariables.SUBJECT.name());
        Object unit = variables.getVariable(UnitWorkVariables.UNIT_NAME.name());
        Object assignment = variables.getVariable(UnitWorkVariables.ASSIGNMENT_TITLE.name());
        StringBuilder title = new StringBuilder(task.getName() == null ? "" : task.getName());
        if (assignment != null && task.getTaskDefinitionKey().equals("Task_CarryOutAssignment")) {
            title.append(" ").append(assignment.toString().toLowerCase().replace("nhiệm vụ ", "số "));
        }
        String returned = RETURN_MARKS.get(task.getTaskDefinitionKey());
        if (returned != null && variables.getVariable(returned) instanceof String comment && !comment.isBlank()) {
            // a draft or report sent back shows so in the list, before it is opened
            title.append(" (bị trả lại)");
        }
        if (task.getTaskDefinitionKey().equals("Task_CarryOutAssignment")
                && variables.getVariable(UnitWorkVariables.EXTENSION_NOTE.name()) instanceof String note && !note.isBlank()) {
            title.append(" (đã có ý kiến về gia hạn)");
        }
        if (unit != null && (task.getTaskDefinitionKey().equals("Task_ReviewReport")
                || task.getTaskDefinitionKey().equals("Task_ReviewExtension"))) {
            title.append(" của ").append(unit);
        }
        if (number != null || subject != null) {
            title.append(" — ");
            if (number != null) {
                title.append(number).append(": ");
            }
            if (subject != null) {
                title.append(subject.toString().replaceAll("\\s+", " ").strip());
            }
        }
        String text = title.toString();
        task.setName(text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 1) + "…");
    }
}
