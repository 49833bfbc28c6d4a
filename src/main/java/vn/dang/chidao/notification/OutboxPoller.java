package vn.dang.chidao.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox delivery every {@code directive.outbox-poll-millis} (0 turns it off: the tests deliver
 * themselves). Every node polls; the row lock in the sender keeps a mail from going out twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${directive.outbox-poll-millis:2000} > 0")
public class OutboxPoller {

    private final OutboxDelivery delivery;

    public OutboxPoller(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(initialDelayString = "${directive.outbox-poll-millis:2000}",
            fixedDelayString = "${directive.outbox-poll-millis:2000}")
    public void poll() {
        delivery.deliverDue();
    }
}
