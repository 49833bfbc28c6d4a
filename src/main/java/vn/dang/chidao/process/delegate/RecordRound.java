package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentWork;

@Component
public class RecordRound implements JavaDelegate {

    private final ProcessBindings bindings;
    private final AssignmentWork assignmentWork;

    public RecordRound(ProcessBindings bindings, AssignmentWork assignmentWork) {
        this.bindings = bindings;
        this.assignmentWork = assignmentWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the round is the one open in the table, whatever date a form may have sent
        assignmentWork.completeRound(bindings.recipient(execution), bindings.assignment(execution),
                RESULT_NOTE.get(execution), CurrentUser.actor(execution));
    }
}
