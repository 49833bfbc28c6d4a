package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.REPORT_ACCEPTED;
import static vn.dang.chidao.process.UnitWorkVariables.REPORT_RETURN_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.REVIEW_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitReports;

@Component
public class RecordReportReview implements JavaDelegate {

    private final ProcessBindings bindings;
    private final UnitReports reports;
    private final AssignmentTable table;

    public RecordReportReview(ProcessBindings bindings, UnitReports reports, AssignmentTable table) {
        this.table = table;
        this.bindings = bindings;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long recipientId = bindings.recipient(execution);
        boolean accepted = reports.reviewReport(recipientId, REVIEW_DECISION.get(execution),
                REVIEW_COMMENT.get(execution), CurrentUser.actor(execution));
        REPORT_ACCEPTED.set(execution, accepted);
        if (accepted) {
            REPORT_RETURN_COMMENT.clear(execution);
        } else {
            REPORT_RETURN_COMMENT.set(execution, reports.lastReturnComment(recipientId));
            // back to the unit's report form, with the results as they stand now
            table.show(execution, recipientId);
        }
    }
}
