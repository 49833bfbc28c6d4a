package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ACTION;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_CONTENT;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_DEADLINE;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_DUE_AT;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_TITLE;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_DATE;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_DECISION;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_NOTE;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_REASON;
import static vn.dang.chidao.process.UnitWorkVariables.REMINDER_AT;
import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.process.Var;
import vn.dang.chidao.reporting.RecipientRepository;

/**
 * Sets the variables of one parallel assignment, local to its instance: due date of the task and
 * dates of its reminder and escalation timers.
 */
@Component
public class PrepareAssignment implements ExecutionListener {

    private final ProcessBindings bindings;
    private final RecipientRepository recipients;
    private final Deadlines deadlines;

    public PrepareAssignment(ProcessBindings bindings, RecipientRepository recipients, Deadlines deadlines) {
        this.bindings = bindings;
        this.recipients = recipients;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        Assignment a = recipients.assignment(recipientId, bindings.assignment(execution));
        ASSIGNMENT_TITLE.setLocal(execution, "Nhiệm vụ " + a.position());
        ASSIGNMENT_CONTENT.setLocal(execution, a.content());
        // Declared here so that what each parallel task submits stays in its own instance, and its form does not
        // show what another one submitted. A unit with one assignment has nothing to keep apart (the unit-work
        // runs its assignments once): its values go to the unit-work instance, six variables fewer per unit.
        // The action is always declared: the gateway after the task reads it even when a client sends none.
        ASSIGNMENT_ACTION.setLocal(execution, null);
        Object instances = execution.getVariable(MULTI_INSTANCES);
        if (!(instances instanceof Number n) || n.intValue() > 1) {
            for (Var<String> local : List.of(RESULT_NOTE, EXTENSION_REASON, EXTENSION_DATE, EXTENSION_DECISION,
                    EXTENSION_COMMENT, EXTENSION_NOTE)) {
                local.setLocal(execution, null);
            }
        }
        ASSIGNMENT_DEADLINE.setLocal(execution, null);
        ASSIGNMENT_DUE_AT.setLocal(execution, null);
        REMINDER_AT.setLocal(execution, null);
        schedule(execution, a, deadlines, recipients.directive(recipientId).reminderDays());
    }

    /** The engine's count of the multi-instance's instances, on its body. */
    static final String MULTI_INSTANCES = "nrOfInstances";

    /** Due date of the task and dates of its timers, from the deadline in force (it moves on an extension). */
    static void schedule(DelegateExecution execution, Assignment a, Deadlines deadlines, int reminderDays) {
        ASSIGNMENT_DEADLINE.set(execution, VietnameseDates.format(a.deadline()));
        ASSIGNMENT_DUE_AT.set(execution, Date.from(deadlines.dueAt(a.deadline())));
        REMINDER_AT.set(execution, Date.from(deadlines.reminderAt(a.deadline(), reminderDays)));
    }
}
