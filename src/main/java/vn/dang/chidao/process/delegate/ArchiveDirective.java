package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_ID;
import static vn.dang.chidao.process.DirectiveVariables.SUMMARY_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;

@Component
public class ArchiveDirective implements JavaDelegate {

    private final DirectiveService directives;

    public ArchiveDirective(DirectiveService directives) {
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        directives.archive(DIRECTIVE_ID.require(execution), SUMMARY_NOTE.get(execution));
    }
}
