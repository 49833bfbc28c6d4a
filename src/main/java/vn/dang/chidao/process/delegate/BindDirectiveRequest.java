package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;

/**
 * Binds a directive process when it starts: the signed-in user who started it drafts it (a unit user, when the
 * unit implements its parent directive by this one), and a unit's own directive answers that unit's recipient row.
 */
@Component
public class BindDirectiveRequest implements ExecutionListener {

    private final ProcessBindings bindings;

    public BindDirectiveRequest(ProcessBindings bindings) {
        this.bindings = bindings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        bindings.bindDirectiveRequest(execution, CurrentUser.of(execution));
    }
}
