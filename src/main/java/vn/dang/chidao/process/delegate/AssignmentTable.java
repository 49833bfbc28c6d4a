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
        return show(scope, assignmentWork.results(recipientId));
    }

    /**
     * Shows rows just read. A variable is written only when its value changed: each write of the JSON table
     * replaces its byte arrays in the runtime and history tables, and most steps (a report, a review) change nothing.
     *
     * @return the rows shown
     */
    public List<AssignmentResult> show(VariableScope scope, List<AssignmentResult> results) {
        List<Map<String, Object>> rows = results.stream().map(AssignmentTable::row).toList();
        if (!rows.equals(MY_ASSIGNMENTS.get(scope))) {
            MY_ASSIGNMENTS.set(scope, rows);
        }
        Date due = results.stream().filter(a -> !a.recurring() && a.deadline() != null)
                .map(AssignmentResult::deadline).max(LocalDate::compareTo)
                .map(last -> Date.from(deadlines.dueAt(last))).orElse(null);
        // declared even when empty: the report task's due date expression reads it
        if (!scope.hasVariable(REPORT_DUE_AT.name()) || !java.util.Objects.equals(due, REPORT_DUE_AT.get(scope))) {
            REPORT_DUE_AT.set(scope, due);
        }
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
