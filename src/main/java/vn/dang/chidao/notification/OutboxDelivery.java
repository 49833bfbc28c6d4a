package vn.dang.chidao.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox: every notification still pending and due, each in its own transaction. It runs beside
 * the engine, not in a process instance, so mail never collides with a user's task completion, and a mail
 * server outage delays mail without failing any job.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 100;
    /** A pass stops after this many failures in a row: the server is down, and each try may wait for its timeout. */
    static final int FAILURES_IN_A_ROW = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final NotificationSender sender;
    private final Clock clock;

    public OutboxDelivery(NamedParameterJdbcTemplate jdbc, NotificationSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
    }

    /** What one pass did. */
    public record Pass(int delivered, int failed) {
    }

    /** Sends what is due now, oldest first, until nothing due is left or the mail server looks down. */
    public Pass deliverDue() {
        int delivered = 0;
        int failed = 0;
        int failedInARow = 0;
        long after = 0;
        while (true) {
            List<Long> due = jdbc.queryForList("select id from notification where status = :pending and id > :after "
                            + "and (next_attempt_at is null or next_attempt_at <= :now) order by id limit " + BATCH,
                    new MapSqlParameterSource().addValue("pending", NotificationStatus.PENDING.name())
                            .addValue("after", after).addValue("now", Timestamp.from(clock.instant())),
                    Long.class);
            for (long id : due) {
                try {
                    if (sender.sendIfDue(id) != NotificationStatus.PENDING) {
                        delivered++;
                    }
                    failedInARow = 0;
                } catch (NotificationFailedException e) {
                    failed++;
                    log.warn("Notification {} not sent, tried again later: {}", id, e.getMessage());
                    if (++failedInARow == FAILURES_IN_A_ROW) {
                        return new Pass(delivered, failed);
                    }
                }
                after = id;
            }
            if (due.size() < BATCH) {
                return new Pass(delivered, failed);
            }
        }
    }
}
