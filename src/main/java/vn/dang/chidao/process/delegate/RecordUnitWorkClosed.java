package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.LAST_UNIT_CLOSED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitReports;

/**
 * Closes the unit's work and tells the model whether it was the directive's last unit (a transient variable the
 * gateway reads in the same transaction); the model then sends AllReportsAccepted (SendAllReportsAccepted).
 */
@Component
public class RecordUnitWorkClosed implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitReports reports;

    public RecordUnitWorkClosed(ProcessBindings bindings, UnitReports reports) {
        this.bindings = bindings;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LAST_UNIT_CLOSED.setTransient(execution, reports.closeUnit(bindings.recipient(execution)));
    }
}
