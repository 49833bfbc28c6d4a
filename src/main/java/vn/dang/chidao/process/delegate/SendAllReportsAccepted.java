package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.DirectiveVariables;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.RecipientRepository;

/**
 * Behind the message event "Báo văn bản: các đơn vị đã hoàn thành" of unit-work: wakes the directive's instance
 * (its catch event AllReportsAccepted), found through the unit's recipient row, so the parent never joins
 * thousands of executions.
 */
@Component
public class SendAllReportsAccepted implements JavaDelegate {

    private final ProcessBindings bindings;
    private final RecipientRepository recipients;
    private final RuntimeService runtime;

    public SendAllReportsAccepted(ProcessBindings bindings, RecipientRepository recipients, RuntimeService runtime) {
        this.bindings = bindings;
        this.recipients = recipients;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtime.createMessageCorrelation(DirectiveVariables.MESSAGE_ALL_REPORTS_ACCEPTED)
                .processInstanceId(recipients.directiveProcessInstance(bindings.recipient(execution)))
                .correlate();
    }
}
