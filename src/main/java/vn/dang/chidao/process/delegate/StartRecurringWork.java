package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_CONTENT;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_TITLE;
import static vn.dang.chidao.process.UnitWorkVariables.DOCUMENT_NUMBER;
import static vn.dang.chidao.process.UnitWorkVariables.MESSAGE_RECURRING_WORK_STARTED;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.SUBJECT;
import static vn.dang.chidao.process.UnitWorkVariables.UNIT_NAME;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentWork;

/**
 * Each recurring, periodic or ongoing assignment of the unit runs in rounds of its own instance, so the
 * unit's report on its one-off work is not held up by work that never ends. Behind the message event
 * "Giao nhiệm vụ định kỳ (nếu có)" of unit-work: one message RecurringWorkStarted per such assignment starts a
 * periodic-assignment instance at its message start event.
 */
@Component
public class StartRecurringWork implements JavaDelegate {

    private final ProcessBindings bindings;
    private final AssignmentWork assignmentWork;
    private final RuntimeService runtime;

    public StartRecurringWork(ProcessBindings bindings, AssignmentWork assignmentWork, RuntimeService runtime) {
        this.bindings = bindings;
        this.assignmentWork = assignmentWork;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        for (long assignmentId : assignmentWork.recurringAssignmentIds(recipientId)) {
            Assignment a = assignmentWork.assignment(recipientId, assignmentId);
            runtime.createMessageCorrelation(MESSAGE_RECURRING_WORK_STARTED)
                    .processInstanceBusinessKey(execution.getProcessBusinessKey() + " NV" + a.position())
                    .setVariables(Variables.createVariables()
                            // bound to the new instance when it starts (BindRecurringWork), then read from the table
                            .putValue(RECIPIENT_ID.name(), recipientId)
                            .putValue(ASSIGNMENT_ID.name(), assignmentId)
                            .putValue(ASSIGNMENT_TITLE.name(), "Nhiệm vụ " + a.position())
                            .putValue(ASSIGNMENT_CONTENT.name(), a.content())
                            .putValue(UNIT_NAME.name(), UNIT_NAME.get(execution))
                            .putValue(DOCUMENT_NUMBER.name(), DOCUMENT_NUMBER.get(execution))
                            .putValue(SUBJECT.name(), SUBJECT.get(execution))
                            .putValue("deadlinePhrase", a.phrase()))
                    .correlateStartMessage();
        }
    }
}
