package vn.dang.chidao.process.delegate;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.process.UnitWorkVariables;

/**
 * The office ends the tracking: the directive is archived and every unit's remaining rounds stop.
 * <p>
 * Kept for directive definitions deployed before version 2026.12.2 (e.g. src/test/resources/upgrade), whose
 * Task_CloseTracking does both; the current models use RecordTrackingClosed and the message end event behind
 * SendDirectiveClosed.
 */
@Component
public class CloseTracking implements JavaDelegate {

    private final ProcessBindings bindings;
    private final DirectiveService directives;
    private final RuntimeService runtime;

    public CloseTracking(ProcessBindings bindings, DirectiveService directives, RuntimeService runtime) {
        this.bindings = bindings;
        this.directives = directives;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directiveId = bindings.directive(execution);
        directives.closeTracking(directiveId, CurrentUser.actor(execution));
        for (String rounds : bindings.recurringInstances(directiveId)) {
            runtime.createMessageCorrelation(UnitWorkVariables.MESSAGE_DIRECTIVE_CLOSED)
                    .processInstanceId(rounds)
                    .correlateAllWithResult();
        }
    }
}
