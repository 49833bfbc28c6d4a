package vn.dang.chidao.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dang.chidao.WorkflowProperties;

/**
 * Sends one outbox notification. Each send runs in its own transaction holding the row lock, and the
 * row is marked sent in that transaction, so a retried send or a second node never mails twice. A failed
 * send waits before its next attempt: {@link #RETRY_WAIT} for the first {@link #QUICK_ATTEMPTS}, then
 * {@link #SLOW_RETRY_WAIT}, for as long as the outage lasts.
 */
@Service
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    static final Duration RETRY_WAIT = Duration.ofMinutes(5);
    static final Duration SLOW_RETRY_WAIT = Duration.ofHours(1);
    static final int QUICK_ATTEMPTS = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate ownTransaction;
    private final WorkflowProperties properties;
    private final Clock clock;

    public NotificationSender(NamedParameterJdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender,
                              PlatformTransactionManager transactionManager, WorkflowProperties properties,
                              Clock clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @throws NotificationFailedException when the mail server refuses or cannot be reached; the caller retries
     */
    public NotificationStatus send(long notificationId) {
        return send(notificationId, false);
    }

    /** As {@link #send(long)}, but leaves a notification alone whose retry wait has not passed (another node failed it). */
    NotificationStatus sendIfDue(long notificationId) {
        return send(notificationId, true);
    }

    private NotificationStatus send(long notificationId, boolean onlyIfDue) {
        try {
            return ownTransaction.execute(s -> sendLocked(notificationId, onlyIfDue));
        } catch (MailException e) {
            Instant now = clock.instant();
            ownTransaction.executeWithoutResult(s -> {
                int attempts = jdbc.queryForObject("select attempts from notification where id = :id for update",
                        Map.of("id", notificationId), Integer.class) + 1;
                jdbc.update("update notification set attempts = :attempts, last_error = :error, "
                                + "next_attempt_at = :next where id = :id",
                        new MapSqlParameterSource().addValue("id", notificationId).addValue("attempts", attempts)
                                .addValue("error", truncate(e.getMessage(), 1000))
                                .addValue("next", Timestamp.from(now.plus(attempts < QUICK_ATTEMPTS ? RETRY_WAIT
                                        : SLOW_RETRY_WAIT))));
                if (attempts == QUICK_ATTEMPTS) {
                    log.error("Notification {} failed {} times; retried hourly from now on: {}", notificationId,
                            attempts, e.getMessage());
                }
            });
            throw new NotificationFailedException("Không gửi được thư thông báo số " + notificationId
                    + ": máy chủ thư không phản hồi (" + e.getMessage() + ").", e);
        }
    }

    private NotificationStatus sendLocked(long id, boolean onlyIfDue) {
        List<Map<String, Object>> rows = jdbc.queryForList("select address, subject, body, status, next_attempt_at "
                + "from notification where id = :id for update", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new IllegalStateException("notification " + id + " does not exist");
        }
        Map<String, Object> row = rows.get(0);
        NotificationStatus status = NotificationStatus.valueOf((String) row.get("status"));
        if (status != NotificationStatus.PENDING) {
            return status;
        }
        Timestamp nextAttempt = (Timestamp) row.get("next_attempt_at");
        if (onlyIfDue && nextAttempt != null && nextAttempt.toInstant().isAfter(clock.instant())) {
            return status;
        }
        String address = (String) row.get("address");
        JavaMailSender mail = mailSender.getIfAvailable();
        NotificationStatus result;
        if (address == null || address.isBlank()) {
            result = NotificationStatus.NO_ADDRESS;
        } else if (mail == null) {
            result = NotificationStatus.NOT_MAILED;
        } else {
            MimeMessage message = mail.createMimeMessage();
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(properties.mailFrom());
                helper.setTo(address);
                helper.setSubject((String) row.get("subject"));
                helper.setText((String) row.get("body"), false);
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot build mail " + id, e);
            }
            mail.send(message);
            result = NotificationStatus.SENT;
            log.info("Notification {} sent to {}", id, address);
        }
        jdbc.update("update notification set status = :status, attempts = attempts + 1, sent_at = :now, "
                        + "last_error = null, next_attempt_at = null where id = :id",
                new MapSqlParameterSource().addValue("status", result.name()).addValue("id", id)
                        .addValue("now", Timestamp.from(clock.instant())));
        return result;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
