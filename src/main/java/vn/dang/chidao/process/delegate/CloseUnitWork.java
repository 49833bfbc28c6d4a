package vn.dang.chidao.process.delegate;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.DirectiveVariables;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitReports;

/**
 * Closes the unit's work; the last unit of a directive wakes the directive's instance with a message,
 * so the parent never joins thousands of executions.
 * <p>
 * Kept for unit-work definitions deployed before version 2026.12.2, whose Task_CloseUnitWork does both; instances
 * of those versions may still be running. The current model draws the two steps apart: RecordUnitWorkClosed, a
 * gateway, and the message event behind SendAllReportsAccepted.
 */
@Component
public class CloseUnitWork implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitReports reports;
    private final RuntimeService runtime;

    public CloseUnitWork(ProcessBindings bindings, UnitReports reports, RuntimeService runtime) {
        this.bindings = bindings;
        this.reports = reports;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        if (reports.closeUnit(recipientId)) {
            runtime.createMessageCorrelation(DirectiveVariables.MESSAGE_ALL_REPORTS_ACCEPTED)
                    .processInstanceId(reports.directiveProcessInstance(recipientId))
                    .correlate();
        }
    }
}
