package vn.dang.chidao.process.delegate;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitWorkService;

/** The collection of the unit's parallel assignment tasks: {@code ${assignmentsOfUnit.ids(execution)}}, of the
 * recipient row the instance is bound to. */
@Component
public class AssignmentsOfUnit {

    private final UnitWorkService unitWork;
    private final ProcessBindings bindings;

    public AssignmentsOfUnit(UnitWorkService unitWork, ProcessBindings bindings) {
        this.unitWork = unitWork;
        this.bindings = bindings;
    }

    public List<Long> ids(DelegateExecution execution) {
        return unitWork.assignmentIds(bindings.recipient(execution));
    }
}
