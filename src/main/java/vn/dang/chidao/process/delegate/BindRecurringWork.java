package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;

/**
 * Binds a recurring assignment's rounds instance to its recipient row and assignment when it starts. Only the
 * unit's work starts these instances (nobody else may create them), with these two start variables; every later
 * step reads the binding, not the variables.
 */
@Component
public class BindRecurringWork implements ExecutionListener {

    private final ProcessBindings bindings;

    public BindRecurringWork(ProcessBindings bindings) {
        this.bindings = bindings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        bindings.bindRecurringWork(execution.getProcessInstanceId(), RECIPIENT_ID.require(execution),
                ASSIGNMENT_ID.require(execution));
    }
}
