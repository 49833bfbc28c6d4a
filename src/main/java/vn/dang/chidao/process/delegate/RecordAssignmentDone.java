package vn.dang.chidao.process.delegate;

import java.util.List;

import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentResult;
import vn.dang.chidao.reporting.AssignmentWork;

@Component
public class RecordAssignmentDone implements JavaDelegate {

    private final ProcessBindings bindings;
    private final AssignmentWork assignmentWork;
    private final AssignmentTable table;

    public RecordAssignmentDone(ProcessBindings bindings, AssignmentWork assignmentWork, AssignmentTable table) {
        this.bindings = bindings;
        this.assignmentWork = assignmentWork;
        this.table = table;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        assignmentWork.completeAssignment(recipientId, bindings.assignment(execution), CurrentUser.actor(execution),
                RESULT_NOTE.get(execution));
        // the last one done opens the report: its form shows every result
        List<AssignmentResult> results = assignmentWork.results(recipientId);
        if (results.stream().filter(a -> !a.recurring()).allMatch(AssignmentResult::done)) {
            table.show(execution, results);
        }
    }
}
