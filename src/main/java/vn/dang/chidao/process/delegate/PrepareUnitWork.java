package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.IMPLEMENTATION_MODE;
import static vn.dang.chidao.process.UnitWorkVariables.UNIT_CAN_ISSUE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.RecipientRepository;

/** Gives the unit's forms its own assignments to show, read-only ({@link AssignmentTable}). */
@Component
public class PrepareUnitWork implements ExecutionListener {

    private final ProcessBindings bindings;
    private final RecipientRepository recipients;
    private final AssignmentTable table;

    public PrepareUnitWork(ProcessBindings bindings, RecipientRepository recipients, AssignmentTable table) {
        this.bindings = bindings;
        this.recipients = recipients;
        this.table = table;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        UNIT_CAN_ISSUE.set(execution, recipients.unit(recipientId).canIssue());
        // carried out directly unless the unit chooses to issue its own directive
        IMPLEMENTATION_MODE.set(execution, "direct");
        table.show(execution, recipientId);
    }
}
