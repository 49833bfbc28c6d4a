package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.process.UnitWorkVariables;

/**
 * Behind the message end event "Dừng các kỳ báo cáo của đơn vị" of the directive processes: every
 * periodic-assignment instance of the directive gets DirectiveClosed (its event sub-process ends the rounds).
 */
@Component
public class SendDirectiveClosed implements JavaDelegate {

    private final ProcessBindings bindings;
    private final RuntimeService runtime;

    public SendDirectiveClosed(ProcessBindings bindings, RuntimeService runtime) {
        this.bindings = bindings;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (String rounds : bindings.recurringInstances(bindings.directive(execution))) {
            runtime.createMessageCorrelation(UnitWorkVariables.MESSAGE_DIRECTIVE_CLOSED)
                    .processInstanceId(rounds)
                    .correlateAllWithResult();
        }
    }
}
