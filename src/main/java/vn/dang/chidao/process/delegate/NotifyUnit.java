package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.NOTIFICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.notification.NotificationSender;

/** Mails the dispatch notification; a mail outage fails the job, which retries and then raises an incident. */
@Component
public class NotifyUnit implements JavaDelegate {

    private final NotificationSender sender;

    public NotifyUnit(NotificationSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.send(NOTIFICATION_ID.require(execution));
    }
}
