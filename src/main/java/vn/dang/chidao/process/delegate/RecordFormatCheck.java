package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.FORMAT_COMMENT;
import static vn.dang.chidao.process.DirectiveVariables.FORMAT_DECISION;
import static vn.dang.chidao.process.DirectiveVariables.LAST_REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.ReviewDecision;
import vn.dang.chidao.directive.ReviewStep;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;

@Component
public class RecordFormatCheck implements JavaDelegate {

    private final ProcessBindings bindings;
    private final DirectiveService directives;

    public RecordFormatCheck(ProcessBindings bindings, DirectiveService directives) {
        this.bindings = bindings;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = FORMAT_COMMENT.get(execution);
        ReviewDecision decision = directives.review(bindings.directive(execution), ReviewStep.FORMAT_CHECK,
                FORMAT_DECISION.get(execution), comment, CurrentUser.actor(execution));
        if (decision == ReviewDecision.RETURN) {
            LAST_REVIEW_COMMENT.set(execution, ReviewStep.FORMAT_CHECK.label() + " — trả lại: " + comment.strip());
        }
    }
}
