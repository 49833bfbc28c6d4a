package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Kept for unit-work instances of models up to 2026.12.2, whose Task_NotifyUnit still calls it. The outbox
 * delivery ({@code notification/OutboxDelivery}) sends the dispatch mail now, so the old job only passes
 * through; it no longer fails on a mail outage.
 */
@Component
public class NotifyUnit implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // nothing: the outbox delivery mails the notification the dispatch queued
    }
}
