package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.ASSIGNMENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.notification.NotificationSender;
import vn.dang.chidao.reporting.UnitWorkService;

/** The escalation: the deadline passed with the assignment open; the issuing office is told. */
@Component
public class ReportOverdue implements JavaDelegate {

    private final UnitWorkService unitWork;
    private final NotificationSender sender;

    public ReportOverdue(UnitWorkService unitWork, NotificationSender sender) {
        this.unitWork = unitWork;
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.send(unitWork.escalate(RECIPIENT_ID.require(execution), ASSIGNMENT_ID.require(execution)));
    }
}
