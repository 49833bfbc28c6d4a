package vn.dang.chidao.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications are written here in the business transaction and sent later by a job. */
@Repository
public class NotificationOutbox {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public NotificationOutbox(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                              Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Queues a notification in the caller's transaction. @return its id, for the job that sends it */
    public long enqueue(long directiveId, Long unitId, String kind, String address, String subject, String body) {
        return insert(null, directiveId, null, unitId, kind, address, subject, body);
    }

    /** Queues, at most once per key, a notification about an incoming document (no directive of ours yet). */
    public long enqueueOnceForIncoming(String dedupKey, long incomingId, String kind, String address, String subject,
                                       String body) {
        return once(dedupKey, () -> insert(dedupKey, null, incomingId, null, kind, address, subject, body));
    }

    /**
     * Queues a notification at most once per key, committed at once, so that a retried timer job
     * finds the notification it queued before instead of queueing another.
     */
    public long enqueueOnce(String dedupKey, long directiveId, Long unitId, String kind, String address,
                            String subject, String body) {
        return once(dedupKey, () -> insert(dedupKey, directiveId, null, unitId, kind, address, subject, body));
    }

    private long once(String dedupKey, LongSupplier insert) {
        return find(dedupKey).orElseGet(() -> {
            try {
                return ownTransaction.execute(s -> insert.getAsLong());
            } catch (DuplicateKeyException raced) {
                return find(dedupKey).orElseThrow();
            }
        });
    }

    private Optional<Long> find(String dedupKey) {
        return jdbc.queryForList("select id from notification where dedup_key = :k", Map.of("k", dedupKey), Long.class)
                .stream().findFirst();
    }

    private long insert(String dedupKey, Long directiveId, Long incomingId, Long unitId, String kind, String address,
                        String subject, String body) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("insert into notification (directive_id, incoming_id, unit_id, kind, dedup_key, address, subject, "
                        + "body, status, attempts, created_at) values (:d, :in, :u, :kind, :key, :address, :subject, :body, :status, 0, :now)",
                new MapSqlParameterSource().addValue("d", directiveId).addValue("in", incomingId).addValue("u", unitId).addValue("kind", kind)
                        .addValue("key", dedupKey).addValue("address", address).addValue("subject", subject)
                        .addValue("body", body).addValue("status", NotificationStatus.PENDING.name())
                        .addValue("now", Timestamp.from(clock.instant())),
                keys, new String[] {"id"});
        return keys.getKey().longValue();
    }
}
