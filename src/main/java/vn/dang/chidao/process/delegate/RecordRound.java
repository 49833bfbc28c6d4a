package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.RESULT_NOTE;
import static vn.dang.chidao.process.UnitWorkVariables.ROUND_DUE_DATE;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.CurrentUser;
import vn.dang.chidao.reporting.UnitWorkService;

@Component
public class RecordRound implements JavaDelegate {

    private final UnitWorkService unitWork;

    public RecordRound(UnitWorkService unitWork) {
        this.unitWork = unitWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        unitWork.completeRound(RECIPIENT_ID.require(execution), ASSIGNMENT_ID.require(execution),
                LocalDate.parse(ROUND_DUE_DATE.require(execution)), RESULT_NOTE.get(execution),
                CurrentUser.of(execution));
    }
}
