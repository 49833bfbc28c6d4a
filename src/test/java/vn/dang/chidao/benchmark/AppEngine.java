package vn.dang.chidao.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dang.chidao.engine.CollisionRetry;

/** Our application, started by the benchmark's Spring context on its own database. */
final class AppEngine extends EngineUnderTest {

    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    private final CollisionRetry collisionRetry;

    AppEngine(ProcessEngine engine, JdbcTemplate jdbc, TimerRunCounter timerRuns, CollisionRetry collisionRetry) {
        super(OURS, engine, jdbc, timerRuns);
        this.collisionRetry = collisionRetry;
    }

    /** The client's clicks again (none expected) plus the completions the application ran again itself. */
    @Override
    int retryCount() {
        return super.retryCount() + (int) collisionRetry.retriedCommands();
    }

    @Override
    Map<String, Integer> retries() {
        Map<String, Integer> m = super.retries();
        m.put("run again by CollisionRetry", (int) collisionRetry.retriedCommands());
        return m;
    }

    @Override
    List<String> groupsOf(String user) {
        return groups.computeIfAbsent(user, u -> engine.getIdentityService().createGroupQuery().groupMember(u).list()
                .stream().map(Group::getId).toList());
    }

    @Override
    Map<String, Object> checkDispatch(String documentNumber, int units) {
        long directiveId = directiveId(documentNumber);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("recipientsDispatched", jdbc.queryForObject("select count(*) from recipient where directive_id = ? "
                + "and status = 'DISPATCHED'", Integer.class, directiveId));
        checks.put("recipientInstancesDistinct", jdbc.queryForObject("select count(distinct process_instance_id) "
                + "from recipient where directive_id = ?", Integer.class, directiveId));
        checks.put("dispatchNotifications", jdbc.queryForObject("select count(*) from notification where "
                + "directive_id = ? and kind = 'DISPATCH'", Integer.class, directiveId));
        // the outbox poller sends them beside the engine: give it its poll interval and a pass
        long until = System.currentTimeMillis() + 120_000;
        int pending;
        while ((pending = jdbc.queryForObject("select count(*) from notification where directive_id = ? "
                + "and kind = 'DISPATCH' and status = 'PENDING'", Integer.class, directiveId)) > 0
                && System.currentTimeMillis() < until) {
            sleep(200);
        }
        checks.put("dispatchNotificationsPending", pending);
        for (String key : List.of("recipientsDispatched", "recipientInstancesDistinct", "dispatchNotifications")) {
            if (((Number) checks.get(key)).intValue() != units) {
                throw new IllegalStateException("ours: " + key + " = " + checks.get(key) + ", expected " + units);
            }
        }
        if (((Number) checks.get("dispatchNotificationsPending")).intValue() != 0) {
            throw new IllegalStateException("ours: notifications still pending 2 minutes after the jobs ran: " + checks);
        }
        return checks;
    }

    @Override
    Map<String, Object> checkTimerStorm(String documentNumber, int deadlines) {
        long directiveId = directiveId(documentNumber);
        Map<String, Object> checks = new LinkedHashMap<>();
        for (String kind : List.of("REMINDER", "OVERDUE")) {
            Map<String, Object> row = jdbc.queryForMap("select count(*) as rows, count(distinct dedup_key) as keys "
                    + "from notification where directive_id = ? and kind = ?", directiveId, kind);
            checks.put(kind.toLowerCase() + "OutboxRows", row.get("rows"));
            checks.put(kind.toLowerCase() + "OutboxKeys", row.get("keys"));
        }
        checks.put("assignmentsReminded", jdbc.queryForObject("select count(*) from assignment_unit au join assignment a "
                + "on a.id = au.assignment_id where a.directive_id = ? and au.reminded_at is not null", Integer.class,
                directiveId));
        checks.put("assignmentsEscalated", jdbc.queryForObject("select count(*) from assignment_unit au join assignment a "
                + "on a.id = au.assignment_id where a.directive_id = ? and au.escalated_at is not null", Integer.class,
                directiveId));
        for (Map.Entry<String, Object> e : checks.entrySet()) {
            if (((Number) e.getValue()).intValue() != deadlines) {
                throw new IllegalStateException("ours: " + e.getKey() + " = " + e.getValue() + ", expected " + deadlines
                        + " " + checks);
            }
        }
        return checks;
    }

    long directiveId(String documentNumber) {
        return jdbc.queryForObject("select id from directive where document_number = ?", Long.class, documentNumber);
    }
}
