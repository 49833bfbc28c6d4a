package vn.dang.chidao.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.reporting.RecipientRepository;

/**
 * Who a user task goes to, read from the project's tables through the instance's binding, for the models'
 * assignee and candidate expressions, e.g. {@code camunda:candidateGroups="${taskAuthority.trackingGroup(execution)}"}.
 * A variable named there could be rewritten by whoever completed the task before.
 */
@Component("taskAuthority")
public class TaskAuthority {

    private final ProcessBindings bindings;
    private final DirectiveService directives;
    private final RecipientRepository recipients;
    private final UnitDirectory directory;
    private final IncomingDocuments incoming;

    public TaskAuthority(ProcessBindings bindings, DirectiveService directives, RecipientRepository recipients,
                         UnitDirectory directory, IncomingDocuments incoming) {
        this.incoming = incoming;
        this.bindings = bindings;
        this.directives = directives;
        this.recipients = recipients;
        this.directory = directory;
    }

    /** The user who asked for the directive drafts it. */
    public String drafter(DelegateExecution execution) {
        return bindings.requestedBy(execution);
    }

    public String officeHeadGroup(DelegateExecution execution) {
        return issuer(directive(execution)).officeHeadGroup();
    }

    public String signerGroup(DelegateExecution execution) {
        return issuer(directive(execution)).signerGroup();
    }

    /** The signer chosen on the saved draft. */
    public String signer(DelegateExecution execution) {
        return directive(execution).signerId();
    }

    /** The issuing body's office: it reviews reports and extensions, writes the summary, ends the tracking. */
    public String trackingGroup(DelegateExecution execution) {
        if (bindings.isUnitScoped(execution)) {
            return recipients.trackingGroup(bindings.recipient(execution));
        }
        return issuer(directive(execution)).officeGroup();
    }

    /** The recipient unit of a unit-work (or recurring round) instance. */
    public String unitGroup(DelegateExecution execution) {
        return recipients.unitCode(bindings.recipient(execution));
    }

    /** An incoming document is registered by the receiving body's văn thư, or its office where it has none. */
    public String registryGroup(DelegateExecution execution) {
        Unit receiver = incomingReceiver(execution);
        return receiver.registryGroup() + "," + receiver.officeGroup();
    }

    /** The receiving body's leaders direct an incoming document. */
    public String leaderGroup(DelegateExecution execution) {
        return incomingReceiver(execution).signerGroup();
    }

    /** The receiving body's office writes the báo cáo upward. */
    public String incomingOfficeGroup(DelegateExecution execution) {
        return incomingReceiver(execution).officeGroup();
    }

    /** The signer the office chose for the báo cáo upward, checked against the body's signers when saved. */
    public String upwardReportSigner(DelegateExecution execution) {
        return incoming.byProcessInstance(execution.getProcessInstanceId()).orElseThrow().reportSigner();
    }

    private Unit incomingReceiver(DelegateExecution execution) {
        return incoming.receiver(incoming.byProcessInstance(execution.getProcessInstanceId()).orElseThrow());
    }

    private Directive directive(DelegateExecution execution) {
        long id = bindings.isUnitScoped(execution) ? recipients.directiveOf(bindings.recipient(execution)) : bindings.directive(execution);
        return directives.get(id);
    }

    private Unit issuer(Directive directive) {
        return directory.get(directive.issuerId());
    }
}
