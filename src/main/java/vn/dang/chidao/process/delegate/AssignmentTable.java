package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.MY_ASSIGNMENTS;
import static vn.dang.chidao.process.UnitWorkVariables.REPORT_DUE_AT;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.reporting.AssignmentResult;
import vn.dang.chidao.reporting.AssignmentWork;

/**
 * The unit's assignments as its forms show them ({@code myAssignments}, read-only): the deadline in force, and once
 * done the result, the day and whether on time; and the report's due date, the last one-off deadline in force. Set
 * from the tables when the unit starts, when an extension moves a deadline, when the last assignment is done and
 * before each report review, so the report task, its form and the review show the same dates and results.
 */
@Component
public class AssignmentTable {

    private final AssignmentWork assignmentWork;
    private final Deadlines deadlines;

    public AssignmentTable(AssignmentWork assignmentWork, Deadlines deadlines) {
        this.assignmentWork = assignmentWork;
        this.deadlines = deadlines;
    }

    /** @return the rows shown */
    public List<AssignmentResult> show(VariableScope scope, long recipientId) {
        List<AssignmentResult> results = assignmentWork.results(recipientId);
        MY_ASSIGNMENTS.set(scope, results.stream().map(AssignmentTable::row).toList());
        REPORT_DUE_AT.set(scope, results.stream().filter(a -> !a.recurring() && a.deadline() != null)
                .map(AssignmentResult::deadline).max(LocalDate::compareTo)
                .map(last -> Date.from(deadlines.dueAt(last))).orElse(null));
        return results;
    }

    static Map<String, Object> row(AssignmentResult a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("position", a.position());
        row.put("content", a.content());
        row.put("deadline", a.deadlineText());
        row.put("result", a.result() == null ? "" : a.result());
        row.put("completedOn", a.completedOn() == null ? "" : VietnameseDates.format(a.completedOn()));
        row.put("status", a.status().label());
        return row;
    }
}
