package vn.dang.chidao.dispatch;

import static vn.dang.chidao.directive.RecipientStatus.DISPATCHED;
import static vn.dang.chidao.directive.RecipientStatus.DRAFT;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.notification.NotificationOutbox;
import vn.dang.chidao.notification.NotificationTexts;

/**
 * Sends a numbered directive: every Kính gửi unit gets its own work instance and a notification in the
 * outbox (mailed by {@code OutboxDelivery} after this transaction commits, outside the unit's instance),
 * every Nơi nhận line is recorded as a copy. Units are reached in batches, one transaction each (the
 * engine's): a batch either reaches all of its units or none, and a retried batch skips units already
 * reached. One transaction for 10,000 units cost more than ten of 1,000 (the engine orders each flush's
 * inserts pairwise), and held the directive's lock for minutes.
 */
@Service
public class DispatchService {

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;
    private final NotificationOutbox outbox;
    private final Clock clock;

    public DispatchService(NamedParameterJdbcTemplate jdbc, DirectiveRepository directives, UnitDirectory directory,
                           NotificationOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.directives = directives;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Reaches the next {@code batchSize} units still waiting, in Kính gửi order.
     *
     * @return what this batch did and how many units still wait
     */
    @Transactional
    public DispatchBatch dispatch(long directiveId, UnitWorkLauncher launcher, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        Directive directive = directives.lock(directiveId);
        if (directive.status() != DirectiveStatus.ISSUED || directive.documentNumber() == null) {
            throw new InvalidInputException("Văn bản chưa được cấp số, chưa thể phát hành.");
        }
        Unit issuer = directory.get(directive.issuerId());
        Instant now = clock.instant();
        // Only rows still in DRAFT: a retried dispatch never starts a second instance for a unit.
        List<Map<String, Object>> pending = jdbc.queryForList("select r.id, u.code from recipient r join unit u "
                + "on u.id = r.unit_id where r.directive_id = :d and r.status = :draft order by r.position "
                + "limit :n", Map.of("d", directiveId, "draft", DRAFT.name(), "n", batchSize + 1));
        boolean more = pending.size() > batchSize;
        if (more) {
            pending = pending.subList(0, batchSize);
        }
        Map<String, Unit> units = directory.findByCodes(pending.stream().map(r -> (String) r.get("code")).toList());
        List<Assignment> assignments = directives.assignments(directiveId);
        Map<Long, Set<Long>> assignmentsByUnit = new HashMap<>();
        jdbc.query("select au.unit_id, au.assignment_id from assignment_unit au join assignment a "
                        + "on a.id = au.assignment_id where a.directive_id = :d", Map.of("d", directiveId),
                rs -> {
                    assignmentsByUnit.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        for (Map<String, Object> row : pending) {
            long recipientId = ((Number) row.get("id")).longValue();
            Unit unit = units.get((String) row.get("code"));
            outbox.enqueue(directiveId, unit.id(), "DISPATCH", unit.email(),
                    NotificationTexts.dispatchSubject(directive), NotificationTexts.dispatchBody(directive, issuer,
                            unit, assignments.stream()
                                    .filter(a -> assignmentsByUnit.getOrDefault(unit.id(), Set.of()).contains(a.id()))
                                    .toList()));
            String processInstanceId = launcher.launch(new UnitWorkOrder(directiveId, recipientId, unit.code(),
                    unit.name(), issuer.officeGroup(), directive.documentNumber(), directive.subject()));
            jdbc.update("update recipient set status = :dispatched, dispatched_at = :now, "
                            + "process_instance_id = :pi where id = :id and status = :draft",
                    new MapSqlParameterSource().addValue("now", Timestamp.from(now))
                            .addValue("dispatched", DRAFT.moveTo(DISPATCHED).name()).addValue("draft", DRAFT.name())
                            .addValue("pi", processInstanceId).addValue("id", recipientId));
        }
        int remaining = more ? jdbc.queryForObject("select count(*) from recipient where directive_id = :d "
                + "and status = :draft", Map.of("d", directiveId, "draft", DRAFT.name()), Integer.class) : 0;
        if (remaining == 0) {
            jdbc.update("update distribution set recorded_at = :now where directive_id = :d and recorded_at is null",
                    new MapSqlParameterSource().addValue("now", Timestamp.from(now)).addValue("d", directiveId));
        }
        int reached = jdbc.queryForObject("select count(*) from recipient where directive_id = :d "
                + "and status <> :draft", Map.of("d", directiveId, "draft", DRAFT.name()), Integer.class);
        return new DispatchBatch(pending.size(), reached, remaining);
    }
}
