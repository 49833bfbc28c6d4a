package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.MY_ASSIGNMENTS;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.reporting.UnitWorkService;

/** Gives the unit's forms its own assignments to show, read-only. */
@Component
public class PrepareUnitWork implements ExecutionListener {

    private final UnitWorkService unitWork;

    public PrepareUnitWork(UnitWorkService unitWork) {
        this.unitWork = unitWork;
    }

    @Override
    public void notify(DelegateExecution execution) {
        List<Assignment> assignments = unitWork.view(RECIPIENT_ID.require(execution)).assignments();
        MY_ASSIGNMENTS.set(execution, assignments.stream().map(PrepareUnitWork::row).toList());
    }

    private static Map<String, Object> row(Assignment a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("position", a.position());
        row.put("content", a.content());
        row.put("deadline", a.deadlineText());
        return row;
    }
}
