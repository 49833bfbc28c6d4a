package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;

/** The office ends the tracking: the directive is archived. The model then stops the rounds (SendDirectiveClosed). */
@Component
public class RecordTrackingClosed implements JavaDelegate {

    private final ProcessBindings bindings;
    private final DirectiveService directives;

    public RecordTrackingClosed(ProcessBindings bindings, DirectiveService directives) {
        this.bindings = bindings;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        directives.closeTracking(bindings.directive(execution), CurrentUser.actor(execution));
    }
}
