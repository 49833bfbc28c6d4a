package vn.dang.chidao.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which directive, recipient row and assignment a process instance works for, bound once when the instance starts
 * and read from the project's tables by the engine's own instance ids: never from a variable, since a completed task
 * is untrusted input.
 * <ul>
 * <li>a directive process (Công văn, Kế hoạch, Hướng dẫn): {@code directive_request} at its start (who asked for it,
 * and the recipient row it answers when a unit implements a directive by its own), {@code directive} once drafted;
 * the shared steps it calls (draft-and-approve, issue-directive, directive-summary) work for their caller's;</li>
 * <li>a unit's work: {@code recipient.process_instance_id}, written by the dispatch;</li>
 * <li>a recurring assignment's rounds: {@code recurring_work}, written when its instance starts.</li>
 * </ul>
 */
@Component
public class ProcessBindings {

    public static final Set<String> DIRECTIVE_PROCESSES = Set.of("cong-van", "ke-hoach", "huong-dan");

    public static final Set<String> UNIT_PROCESSES = Set.of(UnitWorkVariables.PROCESS_KEY,
            UnitWorkVariables.ROUNDS_PROCESS_KEY);

    /** What a unit-work or periodic-assignment instance works for. */
    public record UnitBinding(long recipientId, long directiveId, Long assignmentId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final RepositoryService repository;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();
    /** Bindings of started instances never change; instance ids are never reused. */
    private final Map<String, UnitBinding> unitBindings = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, UnitBinding> eldest) {
                    return size() > 20_000;
                }
            });

    /** Which directive process an instance was called under: the engine's super-instance links never change. */
    private final Map<String, String> directiveInstances = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > 20_000;
                }
            });

    public ProcessBindings(NamedParameterJdbcTemplate jdbc, RepositoryService repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** The directive process instance (Công văn, Kế hoạch, Hướng dẫn) the execution works under. */
    public String directiveInstance(DelegateExecution execution) {
        String known = directiveInstances.get(execution.getProcessInstanceId());
        if (known != null) {
            return known;
        }
        DelegateExecution instance = execution.getProcessInstance();
        while (!DIRECTIVE_PROCESSES.contains(processKey(instance))) {
            DelegateExecution caller = instance.getSuperExecution();
            if (caller == null) {
                throw new IllegalStateException("process instance " + instance.getId() + " works for no directive");
            }
            instance = caller.getProcessInstance();
        }
        directiveInstances.put(execution.getProcessInstanceId(), instance.getId());
        return instance.getId();
    }

    /** The directive the execution works for, or null before its first draft is saved. */
    public Long directiveOrNull(DelegateExecution execution) {
        List<Long> ids = jdbc.queryForList("select id from directive where process_instance_id = :pi",
                Map.of("pi", directiveInstance(execution)), Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public long directive(DelegateExecution execution) {
        if (isUnitScoped(execution)) {
            return unit(execution).directiveId();
        }
        Long id = directiveOrNull(execution);
        if (id == null) {
            throw new IllegalStateException("no directive is drafted for process instance "
                    + execution.getProcessInstanceId());
        }
        return id;
    }

    /**
     * Called when a directive process starts: who asked for it (the signed-in user, or the unit user whose
     * acknowledgement started it) and, when a unit implements its parent directive by this one, that recipient row.
     */
    public void bindDirectiveRequest(DelegateExecution execution, String requestedBy) {
        DelegateExecution instance = execution.getProcessInstance();
        DelegateExecution caller = instance.getSuperExecution();
        Long parentRecipient = null;
        Long incoming = null;
        if (caller != null && IncomingVariables.PROCESS_KEY.equals(processKey(caller.getProcessInstance()))) {
            // a leader's direction on an incoming document: the office member named there drafts it
            Map<String, Object> row = jdbc.queryForMap("select id, drafter from incoming_document "
                    + "where process_instance_id = :pi", Map.of("pi", caller.getProcessInstanceId()));
            incoming = ((Number) row.get("id")).longValue();
            requestedBy = (String) row.get("drafter");
        } else if (caller != null) {
            parentRecipient = unit(caller).recipientId();
        }
        jdbc.update("insert into directive_request (process_instance_id, requested_by, parent_recipient_id, "
                        + "incoming_id) values (:pi, :user, :parent, :incoming)",
                new MapSqlParameterSource().addValue("pi", instance.getId()).addValue("user", requestedBy)
                        .addValue("parent", parentRecipient).addValue("incoming", incoming));
    }

    /** The incoming document a directive process carries out on a leader's direction, or null. */
    public Long incomingOf(DelegateExecution execution) {
        List<Long> found = jdbc.queryForList("select incoming_id from directive_request where process_instance_id = :pi "
                + "and incoming_id is not null", Map.of("pi", directiveInstance(execution)), Long.class);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Who asked for the directive (its drafter), bound when the directive process started. */
    public String requestedBy(DelegateExecution execution) {
        return request(directiveInstance(execution)).requestedBy();
    }

    /** Who asked for the directive, or null for an instance no binding covers (none after V9). */
    public String requestedByOrNull(DelegateExecution execution) {
        List<String> found = jdbc.queryForList("select requested_by from directive_request "
                + "where process_instance_id = :pi", Map.of("pi", directiveInstance(execution)), String.class);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The parent directive's recipient row this directive answers, or null. */
    public Long parentRecipient(DelegateExecution execution) {
        return request(directiveInstance(execution)).parentRecipientId();
    }

    /** The rounds instances of a directive's recurring assignments. */
    public List<String> recurringInstances(long directiveId) {
        return jdbc.queryForList("select w.process_instance_id from recurring_work w join recipient r "
                + "on r.id = w.recipient_id where r.directive_id = :d", Map.of("d", directiveId), String.class);
    }

    /** Called when a recurring assignment's rounds start, by the unit's work that started them. */
    public void bindRecurringWork(String processInstanceId, long recipientId, long assignmentId) {
        jdbc.update("insert into recurring_work (process_instance_id, recipient_id, assignment_id) "
                        + "values (:pi, :r, :a)",
                Map.of("pi", processInstanceId, "r", recipientId, "a", assignmentId));
    }

    /** The recipient row (and, for a recurring assignment's rounds, the assignment) the execution works for. */
    public UnitBinding unit(DelegateExecution execution) {
        String instance = execution.getProcessInstanceId();
        UnitBinding known = unitBindings.get(instance);
        if (known != null) {
            return known;
        }
        List<UnitBinding> found = jdbc.query("select id, directive_id, cast(null as bigint) from recipient "
                        + "where process_instance_id = :pi union all select w.recipient_id, r.directive_id, w.assignment_id "
                        + "from recurring_work w join recipient r on r.id = w.recipient_id where w.process_instance_id = :pi",
                Map.of("pi", instance), (rs, i) -> {
                    long assignment = rs.getLong(3);
                    Long bound = rs.wasNull() ? null : assignment;
                    return new UnitBinding(rs.getLong(1), rs.getLong(2), bound);
                });
        if (found.isEmpty()) {
            throw new IllegalStateException("process instance " + instance + " works for no unit");
        }
        unitBindings.put(instance, found.get(0));
        return found.get(0);
    }

    /** What the dispatch just bound (recipient.process_instance_id), known before the instance's first step. */
    void knownAtStart(String processInstanceId, long recipientId, long directiveId) {
        unitBindings.put(processInstanceId, new UnitBinding(recipientId, directiveId, null));
    }

    public long recipient(DelegateExecution execution) {
        return unit(execution).recipientId();
    }

    /**
     * The assignment a recurring round works on (bound at its start), or the one of a unit's parallel assignment
     * instance (the engine's element variable of the multi-instance, which no form can write).
     */
    public long assignment(DelegateExecution execution) {
        Long bound = unit(execution).assignmentId();
        return bound != null ? bound : UnitWorkVariables.ASSIGNMENT_ID.require(execution);
    }

    private record Request(String requestedBy, Long parentRecipientId) {
    }

    private Request request(String directiveInstance) {
        return jdbc.query("select requested_by, parent_recipient_id from directive_request where process_instance_id = :pi",
                Map.of("pi", directiveInstance), (rs, i) -> {
                    long parent = rs.getLong(2);
                    Long bound = rs.wasNull() ? null : parent;
                    return new Request(rs.getString(1), bound);
                }).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "directive process instance " + directiveInstance + " has no request"));
    }

    /** Whether the execution belongs to a unit's work (unit-work, or a recurring assignment's rounds). */
    public boolean isUnitScoped(DelegateExecution execution) {
        return UNIT_PROCESSES.contains(processKey(execution));
    }

    private String processKey(DelegateExecution instance) {
        return processKeys.computeIfAbsent(instance.getProcessDefinitionId(),
                id -> repository.getProcessDefinition(id).getKey());
    }
}
