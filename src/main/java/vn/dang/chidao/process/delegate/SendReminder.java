package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_DUE_AT;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.WorkflowProperties;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentWork;

@Component
public class SendReminder implements JavaDelegate {

    private final ProcessBindings bindings;
    private final AssignmentWork assignmentWork;

    private final ZoneId zone;

    public SendReminder(ProcessBindings bindings, AssignmentWork assignmentWork, WorkflowProperties properties) {
        this.bindings = bindings;
        this.assignmentWork = assignmentWork;
        this.zone = properties.zone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = ASSIGNMENT_DUE_AT.require(execution).toInstant().atZone(zone).toLocalDate();
        assignmentWork.remind(bindings.recipient(execution), bindings.assignment(execution), due);
    }
}
