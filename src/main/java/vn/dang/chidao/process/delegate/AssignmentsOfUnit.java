package vn.dang.chidao.process.delegate;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentWork;

/** The collection of the unit's parallel assignment tasks: {@code ${assignmentsOfUnit.ids(execution)}}, of the
 * recipient row the instance is bound to. */
@Component
public class AssignmentsOfUnit {

    private final AssignmentWork assignmentWork;
    private final ProcessBindings bindings;

    public AssignmentsOfUnit(AssignmentWork assignmentWork, ProcessBindings bindings) {
        this.assignmentWork = assignmentWork;
        this.bindings = bindings;
    }

    /**
     * @param scope the execution; unit-work models deployed before the bindings (still running after an upgrade)
     *              pass their recipientId variable, which no form can write any more
     */
    public List<Long> ids(Object scope) {
        long recipient = scope instanceof DelegateExecution execution ? bindings.recipient(execution)
                : ((Number) scope).longValue();
        return assignmentWork.assignmentIds(recipient);
    }
}
