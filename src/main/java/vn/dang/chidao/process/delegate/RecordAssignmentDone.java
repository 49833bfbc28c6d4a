package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitWorkService;

@Component
public class RecordAssignmentDone implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitWorkService unitWork;

    public RecordAssignmentDone(ProcessBindings bindings, UnitWorkService unitWork) {
        this.bindings = bindings;
        this.unitWork = unitWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        unitWork.completeAssignment(bindings.recipient(execution), bindings.assignment(execution),
                CurrentUser.actor(execution), RESULT_NOTE.get(execution));
    }
}
