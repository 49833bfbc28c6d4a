package vn.dang.chidao.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
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
 * row is marked sent in that transaction, so a retried job or a second node never mails twice.
 */
@Service
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

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
        try {
            return ownTransaction.execute(s -> sendLocked(notificationId));
        } catch (MailException e) {
            ownTransaction.executeWithoutResult(s -> jdbc.update("update notification set attempts = attempts + 1, "
                            + "last_error = :error where id = :id",
                    new MapSqlParameterSource().addValue("id", notificationId)
                            .addValue("error", truncate(e.getMessage(), 1000))));
            throw new NotificationFailedException("Không gửi được thư thông báo số " + notificationId
                    + ": máy chủ thư không phản hồi (" + e.getMessage() + ").", e);
        }
    }

    private NotificationStatus sendLocked(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("select address, subject, body, status from notification "
                + "where id = :id for update", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new IllegalStateException("notification " + id + " does not exist");
        }
        Map<String, Object> row = rows.get(0);
        NotificationStatus status = NotificationStatus.valueOf((String) row.get("status"));
        if (status != NotificationStatus.PENDING) {
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
                        + "last_error = null where id = :id",
                new MapSqlParameterSource().addValue("status", result.name()).addValue("id", id)
                        .addValue("now", Timestamp.from(clock.instant())));
        return result;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
