package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.REPORT_CONTENT;
import static vn.dang.chidao.process.UnitWorkVariables.REPORT_EVIDENCE;
import static vn.dang.chidao.process.UnitWorkVariables.REVIEW_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitReports;

@Component
public class RecordReport implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitReports reports;
    private final AssignmentTable table;

    public RecordReport(ProcessBindings bindings, UnitReports reports, AssignmentTable table) {
        this.table = table;
        this.bindings = bindings;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.submitReport(bindings.recipient(execution), REPORT_CONTENT.get(execution),
                REPORT_EVIDENCE.get(execution), CurrentUser.actor(execution));
        // the reviewer sees each assignment's result next to the report
        table.show(execution, bindings.recipient(execution));
        // the reviewer starts from an empty decision each round
        REVIEW_DECISION.clear(execution);
        REVIEW_COMMENT.clear(execution);
    }
}
