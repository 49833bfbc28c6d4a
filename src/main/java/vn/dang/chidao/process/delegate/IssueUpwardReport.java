package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.IncomingVariables.REPORT_LINKS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.document.DirectiveDocuments;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.numbering.NumberingService;

/** The signed báo cáo gets its BC number of the receiving body's term and its PDF and DOCX, to send upward. */
@Component
public class IssueUpwardReport implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final NumberingService numbering;
    private final DirectiveDocuments documents;

    public IssueUpwardReport(IncomingDocuments incoming, IncomingOfInstance instances, NumberingService numbering,
                             DirectiveDocuments documents) {
        this.incoming = incoming;
        this.instances = instances;
        this.numbering = numbering;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncomingDocument document = instances.of(execution);
        long report = document.reportDirectiveId();
        String number = numbering.assign(report).toString();
        documents.generate(report);
        incoming.reported(document.id());
        REPORT_LINKS.set(execution, "Báo cáo số " + number + ": [PDF](/api/directives/" + report
                + "/document.pdf) · [DOCX](/api/directives/" + report + "/document.docx)");
    }
}
