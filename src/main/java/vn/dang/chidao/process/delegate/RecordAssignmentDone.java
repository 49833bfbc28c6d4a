package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.CurrentUser;
import vn.dang.chidao.reporting.UnitWorkService;

@Component
public class RecordAssignmentDone implements JavaDelegate {

    private final UnitWorkService unitWork;

    public RecordAssignmentDone(UnitWorkService unitWork) {
        this.unitWork = unitWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        unitWork.completeAssignment(RECIPIENT_ID.require(execution), ASSIGNMENT_ID.require(execution),
                CurrentUser.of(execution), RESULT_NOTE.get(execution));
    }
}
