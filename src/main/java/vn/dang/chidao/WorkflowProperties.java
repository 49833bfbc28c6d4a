package vn.dang.chidao;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directive workflow itself (the engine's are under camunda.bpm).
 *
 * @param zone           time zone in which deadlines are days ("before 30/3" means the end of 30/3 here)
 * @param reminderDays   default reminder lead time before a deadline
 * @param mailFrom       sender address of notification mails
 * @param dispatchBatchSize units reached per dispatch transaction (see DispatchService)
 */
@ConfigurationProperties("directive")
public record WorkflowProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("3") int reminderDays,
        @DefaultValue("van-ban-chi-dao@localhost") String mailFrom,
        @DefaultValue("500") int dispatchBatchSize) {
}
