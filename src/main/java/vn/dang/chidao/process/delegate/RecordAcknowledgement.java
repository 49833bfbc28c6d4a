package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.LEAD_PERSON;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.SUPPORT_PERSONS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.CurrentUser;
import vn.dang.chidao.reporting.UnitWorkService;

@Component
public class RecordAcknowledgement implements JavaDelegate {

    private final UnitWorkService unitWork;

    public RecordAcknowledgement(UnitWorkService unitWork) {
        this.unitWork = unitWork;
    }

    @Override
    public void execute(DelegateExecution execution) {
        unitWork.acknowledge(RECIPIENT_ID.require(execution), CurrentUser.of(execution), LEAD_PERSON.get(execution),
                SUPPORT_PERSONS.get(execution));
    }
}
