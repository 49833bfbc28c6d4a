package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.IMPLEMENTATION_MODE;
import static vn.dang.chidao.process.UnitWorkVariables.MY_ASSIGNMENTS;
import static vn.dang.chidao.process.UnitWorkVariables.REPORT_DUE_AT;
import static vn.dang.chidao.process.UnitWorkVariables.UNIT_CAN_ISSUE;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.UnitWorkService;
import vn.dang.chidao.reporting.UnitWorkView;

/** Gives the unit's forms its own assignments to show, read-only. */
@Component
public class PrepareUnitWork implements ExecutionListener {

    private final ProcessBindings bindings;
    private final UnitWorkService unitWork;
    private final Deadlines deadlines;

    public PrepareUnitWork(ProcessBindings bindings, UnitWorkService unitWork, Deadlines deadlines) {
        this.bindings = bindings;
        this.unitWork = unitWork;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UnitWorkView view = unitWork.view(bindings.recipient(execution));
        UNIT_CAN_ISSUE.set(execution, view.unit().canIssue());
        // carried out directly unless the unit chooses to issue its own directive
        IMPLEMENTATION_MODE.set(execution, "direct");
        showAssignments(execution, view.assignments(), deadlines);
    }

    /**
     * The unit's assignments with the deadlines in force, and its report's due date: the last of them. Set again
     * when an extension moves a deadline, so the report task, its form and the review show the same date.
     */
    static void showAssignments(DelegateExecution execution, List<Assignment> assignments, Deadlines deadlines) {
        MY_ASSIGNMENTS.set(execution, assignments.stream().map(PrepareUnitWork::row).toList());
        REPORT_DUE_AT.set(execution, assignments.stream().filter(a -> !a.recurring() && a.deadline() != null)
                .map(Assignment::deadline).max(LocalDate::compareTo)
                .map(last -> Date.from(deadlines.dueAt(last))).orElse(null));
    }

    private static Map<String, Object> row(Assignment a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("position", a.position());
        row.put("content", a.content());
        row.put("deadline", a.deadlineText());
        return row;
    }
}
