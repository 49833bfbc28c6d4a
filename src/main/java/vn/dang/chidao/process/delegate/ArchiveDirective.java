package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.SUMMARY_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;

@Component
public class ArchiveDirective implements JavaDelegate {

    private final ProcessBindings bindings;
    private final DirectiveService directives;

    public ArchiveDirective(ProcessBindings bindings, DirectiveService directives) {
        this.bindings = bindings;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        directives.archive(bindings.directive(execution), SUMMARY_NOTE.get(execution), CurrentUser.actor(execution));
    }
}
