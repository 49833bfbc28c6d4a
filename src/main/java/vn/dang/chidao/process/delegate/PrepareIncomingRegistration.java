package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.IncomingVariables.*;

import java.time.LocalDate;
import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.process.DirectiveVariables.Option;

/** Fills the registration form with what the reader found; the văn thư checks and corrects it. */
@Component
public class PrepareIncomingRegistration implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;

    public PrepareIncomingRegistration(IncomingDocuments incoming, IncomingOfInstance instances) {
        this.incoming = incoming;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = instances.of(execution).id();
        IncomingDocuments.Proposal p = incoming.proposal(id);
        INCOMING_TYPE.set(execution, p.type());
        INCOMING_NUMBER.set(execution, p.documentNumber());
        INCOMING_ISSUING_BODY.set(execution, p.issuingBody());
        INCOMING_ISSUED_ON.set(execution, date(p.issuedOn()));
        INCOMING_SUBJECT.set(execution, p.subject());
        RECEIVED_ON.set(execution, date(p.receivedOn()));
        REPORT_DEADLINE.set(execution, p.reportDeadlinePhrase());
        REPORT_TO.set(execution, p.reportTo());
        READER_WARNINGS.set(execution, p.warnings().isEmpty() ? "Không có." : String.join("\n", p.warnings()));
        ORIGINAL_LINK.set(execution, "[Mở tệp gốc](/api/incoming/" + id + "/original)");
        TYPE_OPTIONS.set(execution, Arrays.stream(DirectiveType.values())
                .map(t -> new Option(t.label() + " (" + t.abbreviation() + ")", t.name())).toList());
    }

    static String date(LocalDate date) {
        return date == null ? null : VietnameseDates.format(date);
    }
}
