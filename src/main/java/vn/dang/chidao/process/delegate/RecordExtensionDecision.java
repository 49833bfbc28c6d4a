package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ACTION;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_DECISION;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.ExtensionRequests;
import vn.dang.chidao.reporting.RecipientRepository;
import vn.dang.chidao.reporting.UnitWorkView;

/** Records the office's answer and sets the task's due date and timers to the deadline now in force. */
@Component
public class RecordExtensionDecision implements JavaDelegate {

    private final ProcessBindings bindings;
    private final ExtensionRequests extensions;
    private final RecipientRepository recipients;
    private final Deadlines deadlines;
    private final AssignmentTable table;

    public RecordExtensionDecision(ProcessBindings bindings, ExtensionRequests extensions,
                                   RecipientRepository recipients, Deadlines deadlines, AssignmentTable table) {
        this.table = table;
        this.bindings = bindings;
        this.extensions = extensions;
        this.recipients = recipients;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = EXTENSION_DECISION.get(execution);
        String comment = EXTENSION_COMMENT.get(execution);
        Assignment a = extensions.decideExtension(bindings.recipient(execution), bindings.assignment(execution),
                decision, comment, CurrentUser.actor(execution));
        UnitWorkView view = recipients.view(bindings.recipient(execution));
        PrepareAssignment.schedule(execution, a, deadlines, view.directive().reminderDays());
        if ("approve".equals(decision)) {
            table.show(execution, bindings.recipient(execution));
        }
        String note = "approve".equals(decision)
                ? "Văn phòng đồng ý gia hạn đến ngày " + VietnameseDates.format(a.deadline()) + "."
                : "Văn phòng không đồng ý gia hạn, thời hạn vẫn là ngày " + VietnameseDates.format(a.deadline())
                        + ". Lý do: " + comment.strip();
        if ("approve".equals(decision) && comment != null && !comment.isBlank()) {
            note += " Ý kiến: " + comment.strip();
        }
        EXTENSION_NOTE.set(execution, note);
        ASSIGNMENT_ACTION.set(execution, null);
    }
}
