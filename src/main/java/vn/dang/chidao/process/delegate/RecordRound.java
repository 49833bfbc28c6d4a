package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitWorkService;

@Component
public class RecordRound implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitWorkService unitWork;

    public RecordRound(ProcessBindings bindings, UnitWorkService unitWork) {
        this.bindings = bindings;
        this.unitWork = unitWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the round is the one open in the table, whatever date a form may have sent
        unitWork.completeRound(bindings.recipient(execution), bindings.assignment(execution),
                RESULT_NOTE.get(execution), CurrentUser.actor(execution));
    }
}
