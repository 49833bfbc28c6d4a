package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_DEADLINE;
import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_DUE_AT;
import static vn.dang.chidao.process.UnitWorkVariables.HAS_ROUND;
import static vn.dang.chidao.process.UnitWorkVariables.REMINDER_AT;
import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;
import static vn.dang.chidao.process.UnitWorkVariables.ROUND_DUE_DATE;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentWork;
import vn.dang.chidao.reporting.RecipientRepository;

/** The next round's due date (the first one, then the one after the last), with its timers' dates. */
@Component
public class PlanNextRound implements JavaDelegate {

    private final ProcessBindings bindings;
    private final AssignmentWork assignmentWork;
    private final RecipientRepository recipients;
    private final Deadlines deadlines;

    public PlanNextRound(ProcessBindings bindings, AssignmentWork assignmentWork, RecipientRepository recipients,
                         Deadlines deadlines) {
        this.bindings = bindings;
        this.assignmentWork = assignmentWork;
        this.recipients = recipients;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        Optional<LocalDate> next = assignmentWork.openRound(recipientId, bindings.assignment(execution));
        HAS_ROUND.set(execution, next.isPresent());
        if (next.isEmpty()) {
            return;
        }
        LocalDate due = next.get();
        int reminderDays = recipients.directive(recipientId).reminderDays();
        ROUND_DUE_DATE.set(execution, due.toString());
        ASSIGNMENT_DEADLINE.set(execution, VietnameseDates.format(due));
        ASSIGNMENT_DUE_AT.set(execution, Date.from(deadlines.dueAt(due)));
        REMINDER_AT.set(execution, Date.from(deadlines.reminderAt(due, reminderDays)));
        RESULT_NOTE.set(execution, null);
    }
}
