package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;

/** The recipient rows (one per Kính gửi unit of a directive): what each unit was given and where it stands. */
@Repository
public class RecipientRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;

    /**
     * The delegates of one unit ask for its row about ten times in a few seconds: the benchmark's lifecycle read it
     * 2,005 times for 200 units. A row's unit changes only in a merger: the merging node forgets at commit
     * ({@link #forgetAll}); other nodes read it again within {@link #FRESH_NANOS}.
     */
    private static final long FRESH_NANOS = 30_000_000_000L;

    private record Cached(Recipient recipient, long readAt) {
    }

    private final Map<Long, Cached> recipients = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
                    return size() > 20_000;
                }
            });

    public RecipientRepository(NamedParameterJdbcTemplate jdbc, DirectiveRepository directives,
                               UnitDirectory directory) {
        this.jdbc = jdbc;
        this.directives = directives;
        this.directory = directory;
    }

    public Recipient get(long id) {
        Cached known = recipients.get(id);
        if (known != null && System.nanoTime() - known.readAt() < FRESH_NANOS) {
            return known.recipient();
        }
        // a unit merged into another (administration/UnitMerge) acts through its successor
        Recipient read = jdbc.query("select r.id, r.directive_id, r.unit_id, coalesce(s.code, u.code), i.code "
                                + "from recipient r join unit u on u.id = r.unit_id "
                                + "left join unit s on s.id = u.merged_into_id "
                                + "join directive d on d.id = r.directive_id "
                                + "join unit i on i.id = d.issuer_id where r.id = :id", Map.of("id", id),
                        (rs, i) -> new Recipient(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5)))
                .stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("Không tìm thấy đơn vị nhận văn bản (mã " + id
                        + ")."));
        recipients.put(id, new Cached(read, System.nanoTime()));
        return read;
    }

    /** After a merger moved rows to another unit: read them again. */
    public void forgetAll() {
        recipients.clear();
    }

    public UnitWorkView view(long recipientId) {
        Recipient r = get(recipientId);
        Directive directive = directives.get(r.directiveId());
        return new UnitWorkView(directive, directory.get(r.unitId()), assignments(r));
    }

    /** The recipient's unit (not its successor after a merger), without the directive and assignments. */
    public Unit unit(long recipientId) {
        return directory.get(get(recipientId).unitId());
    }

    /** The recipient's directive, without the unit and assignments. */
    public Directive directive(long recipientId) {
        return directives.get(get(recipientId).directiveId());
    }

    /** The unit's assignments in the directive's order, each with its deadline in force (an extension's). */
    public List<Assignment> assignments(Recipient r) {
        return jdbc.query("select a.id, a.directive_id, a.position, a.content, a.deadline_phrase, a.deadline_kind, "
                        + "coalesce(au.deadline, a.deadline) as in_force from assignment a join assignment_unit au "
                        + "on au.assignment_id = a.id where a.directive_id = :d and au.unit_id = :u order by a.position",
                Map.of("d", r.directiveId(), "u", r.unitId()),
                (rs, i) -> DirectiveRepository.assignment(rs, rs.getDate("in_force")));
    }

    /** One of the unit's assignments; another one is a user error (an id the unit was not given). */
    public Assignment assignment(long recipientId, long assignmentId) {
        return UnitWorkView.find(assignments(get(recipientId)), assignmentId);
    }

    /**
     * Moves the row to {@code target} when its status allows it, in one statement (two racing moves cannot both
     * pass), and sets {@code at} to {@code now}.
     *
     * @return false when the row's status does not allow the move (nothing changed)
     */
    boolean move(long recipientId, RecipientStatus target, String at, Timestamp now) {
        return move(recipientId, target, at, now, Map.of());
    }

    /** As {@link #move(long, RecipientStatus, String, Timestamp)}, setting {@code columns} as well. */
    boolean move(long recipientId, RecipientStatus target, String at, Timestamp now, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update recipient set status = :target");
        MapSqlParameterSource params = new MapSqlParameterSource("target", target.name()).addValue("id", recipientId)
                .addValue("sources", RecipientStatus.sourcesOf(target).stream().map(Enum::name).toList());
        if (at != null) {
            sql.append(", ").append(at).append(" = :now");
            params.addValue("now", now);
        }
        columns.forEach((column, value) -> {
            sql.append(", ").append(column).append(" = :").append(column);
            params.addValue(column, value);
        });
        sql.append(" where id = :id and status in (:sources)");
        return jdbc.update(sql.toString(), params) == 1;
    }

    /** How many of the directive's units are not yet in {@code status}. */
    int countNotIn(long directiveId, RecipientStatus status) {
        return jdbc.queryForObject("select count(*) from recipient where directive_id = :d and status <> :s",
                Map.of("d", directiveId, "s", status.name()), Integer.class);
    }

    /** The recipient unit's code: its Camunda group, the candidates of the unit's tasks. */
    public String unitCode(long recipientId) {
        return get(recipientId).unitCode();
    }

    /** The issuing body's office: it reviews the unit's report and extension requests. */
    public String trackingGroup(long recipientId) {
        return get(recipientId).trackingGroup();
    }

    /** The directive a recipient row belongs to. */
    public long directiveOf(long recipientId) {
        return get(recipientId).directiveId();
    }

    public String directiveProcessInstance(long recipientId) {
        return directives.get(get(recipientId).directiveId()).processInstanceId();
    }
}
