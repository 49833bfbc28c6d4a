package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.IncomingVariables.REPORT_BODY;
import static vn.dang.chidao.process.IncomingVariables.REPORT_SIGNER;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;

/** Saves the office's báo cáo as a BC draft of the receiving body, for the chosen signer. */
@Component
public class RecordUpwardReport implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final DirectiveService directives;
    private final IdentityService identity;

    public RecordUpwardReport(IncomingDocuments incoming, IncomingOfInstance instances, DirectiveService directives,
                              IdentityService identity) {
        this.incoming = incoming;
        this.instances = instances;
        this.directives = directives;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncomingDocument document = instances.of(execution);
        String subject = "Kết quả thực hiện " + document.citation();
        if (subject.length() > 1000) {
            subject = subject.substring(0, 999) + "…";
        }
        String signer = REPORT_SIGNER.get(execution);
        long report = directives.saveUpwardReport(document.reportDirectiveId(), incoming.receiver(document).code(),
                subject, null, REPORT_BODY.get(execution), List.of(document.reportTo() + " (b/c)", "Lưu VT"), signer,
                document.id(), this::userName, CurrentUser.actor(execution));
        incoming.linkReport(document.id(), report, signer);
    }

    private String userName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : DraftOptions.displayName(user);
    }
}
