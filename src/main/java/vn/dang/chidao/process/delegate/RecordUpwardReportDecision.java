package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.APPROVAL_COMMENT;
import static vn.dang.chidao.process.DirectiveVariables.APPROVAL_DECISION;
import static vn.dang.chidao.process.IncomingVariables.LAST_REPORT_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.ReviewDecision;
import vn.dang.chidao.directive.ReviewStep;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.input.InvalidInputException;

/** The signer signs the báo cáo or returns it to the office with a comment; only the chosen signer may. */
@Component
public class RecordUpwardReportDecision implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final DirectiveService directives;

    public RecordUpwardReportDecision(IncomingDocuments incoming, IncomingOfInstance instances,
                                      DirectiveService directives) {
        this.incoming = incoming;
        this.instances = instances;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String value = APPROVAL_DECISION.get(execution);
        if (ReviewDecision.REJECT.formValue().equals(value)) {
            throw InvalidInputException.onField("approvalDecision",
                    "Báo cáo lên cấp trên chỉ có thể ký hoặc trả lại Văn phòng để sửa.");
        }
        long report = instances.of(execution).reportDirectiveId();
        ReviewDecision decision = directives.review(report, ReviewStep.APPROVAL, value,
                APPROVAL_COMMENT.get(execution), CurrentUser.actor(execution));
        APPROVAL_DECISION.set(execution, decision.formValue());
        if (decision == ReviewDecision.RETURN) {
            LAST_REPORT_COMMENT.set(execution, APPROVAL_COMMENT.get(execution));
        }
    }
}
