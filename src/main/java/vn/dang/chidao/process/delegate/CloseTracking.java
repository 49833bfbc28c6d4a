package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_ID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.process.UnitWorkVariables;

/** The office ends the tracking: the directive is archived and every unit's remaining rounds stop. */
@Component
public class CloseTracking implements JavaDelegate {

    private final DirectiveService directives;
    private final RuntimeService runtime;

    public CloseTracking(DirectiveService directives, RuntimeService runtime) {
        this.directives = directives;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directiveId = DIRECTIVE_ID.require(execution);
        directives.closeTracking(directiveId);
        runtime.createMessageCorrelation(UnitWorkVariables.MESSAGE_DIRECTIVE_CLOSED)
                .processInstanceVariableEquals(DIRECTIVE_ID.name(), directiveId)
                .correlateAllWithResult();
    }
}
