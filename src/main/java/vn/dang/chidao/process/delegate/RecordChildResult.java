package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.REPORT_CONTENT;
import static vn.dang.chidao.process.UnitWorkVariables.REPORT_EVIDENCE;
import static vn.dang.chidao.process.UnitWorkVariables.REVIEW_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitReports.ChildReport;
import vn.dang.chidao.reporting.UnitReports;

/** The unit's own directive is summarised: that summary is the unit's report to the parent directive. */
@Component
public class RecordChildResult implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitReports reports;
    private final SummaryService summary;
    private final AssignmentTable table;

    public RecordChildResult(ProcessBindings bindings, UnitReports reports, SummaryService summary,
                             AssignmentTable table) {
        this.table = table;
        this.bindings = bindings;
        this.reports = reports;
        this.summary = summary;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        long child = reports.childDirective(recipientId);
        ChildReport report = reports.reportFromChild(recipientId, child, summary.summarize(child));
        // the reviewer sees each assignment's result next to the report
        table.show(execution, bindings.recipient(execution));
        // the office reviews it on the usual form
        REPORT_CONTENT.set(execution, report.content());
        REPORT_EVIDENCE.set(execution, report.evidence());
        REVIEW_DECISION.clear(execution);
        REVIEW_COMMENT.clear(execution);
    }
}
