package vn.dang.chidao.progress;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitStatus;
import vn.dang.chidao.reporting.UnitSummary;

/**
 * The managers' view: per directive, how many units are in each status and, in the detail, each unit's
 * line. Unit statuses come from {@link SummaryService} (one rule for the summary and this view); this
 * class adds what the view needs around them. A directive costs a fixed number of queries whatever its
 * number of units.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private static final String DIRECTIVE_COLUMNS = """
            select d.id, d.doc_type, d.document_number, d.subject, d.issued_on, d.status, d.process_instance_id,
                   u.code as issuer_code, u.name as issuer_name, i.register_number, i.register_year,
                   i.document_number as incoming_number, i.issuing_body as incoming_issuer,
                   case when d.process_instance_id = i.process_instance_id then 1 else 0 end as direct_assignment
              from directive d join unit u on u.id = d.issuer_id
              left join incoming_document i on i.id = d.incoming_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final SummaryService summaries;
    private final Deadlines deadlines;
    private final Clock clock;

    public ProgressService(NamedParameterJdbcTemplate jdbc, SummaryService summaries, Deadlines deadlines,
                           Clock clock) {
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The directives the filter selects and the caller may read, newest issue first, with their counts. */
    public ProgressPage list(ProgressFilter filter, DirectiveAccess access) {
        // a báo cáo sent upward on an incoming document has no units to follow
        StringBuilder sql = new StringBuilder(DIRECTIVE_COLUMNS).append(" where d.status in (:statuses)")
                .append(" and (d.incoming_id is null or d.doc_type <> 'BC')");
        MapSqlParameterSource params = new MapSqlParameterSource("statuses",
                filter.statuses().stream().map(Enum::name).toList());
        if (filter.issuerCode() != null) {
            sql.append(" and u.code = :issuer");
            params.addValue("issuer", filter.issuerCode());
        }
        if (filter.type() != null) {
            sql.append(" and d.doc_type = :type");
            params.addValue("type", filter.type().name());
        }
        if (filter.from() != null) {
            sql.append(" and d.issued_on >= :from");
            params.addValue("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and d.issued_on <= :to");
            params.addValue("to", Date.valueOf(filter.to()));
        }
        if (filter.query() != null) {
            // case-insensitive "contains" on the number and the subject; the user's % and _ are literal
            sql.append(" and (lower(coalesce(d.document_number, '')) like :q escape '\\'"
                    + " or lower(d.subject) like :q escape '\\')");
            params.addValue("q", "%" + likeLiteral(filter.query().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        sql.append(" order by d.issued_on desc nulls last, d.id desc");
        List<DirectiveRow> candidates = jdbc.query(sql.toString(), params, ProgressService::directiveRow);

        Set<Long> readable = access.readable(candidates.stream().map(DirectiveRow::ref).toList());
        List<DirectiveRow> visible = candidates.stream().filter(d -> readable.contains(d.id())).toList();
        int fromIndex = (int) Math.min((long) filter.page() * filter.size(), visible.size());
        List<DirectiveRow> page = visible.subList(fromIndex, Math.min(fromIndex + filter.size(), visible.size()));

        Map<Long, RecipientState> recipients = recipientStates(page.stream().map(DirectiveRow::id).toList());
        List<DirectiveProgress> items = new ArrayList<>(page.size());
        for (DirectiveRow d : page) {
            items.add(progress(d, summaries.summarize(d.id()), recipients, false));
        }
        return new ProgressPage(items, visible.size(), filter.page(), filter.size());
    }

    /** One directive with every unit's line. */
    public DirectiveProgress detail(long directiveId, DirectiveAccess access) {
        DirectiveRow d = readableDirective(directiveId, access);
        return progress(d, summaries.summarize(directiveId), recipientStates(List.of(directiveId)), true);
    }

    /** Every assignment of every unit of the directive, in unit then assignment order. */
    public List<AssignmentProgress> assignments(long directiveId, DirectiveAccess access) {
        readableDirective(directiveId, access);
        Instant now = clock.instant();
        return jdbc.query("""
                select r.id as recipient_id, u.name as unit_name, a.position, a.content, a.deadline,
                       coalesce(au.deadline, a.deadline) as deadline_in_force, au.completed_at
                  from recipient r
                  join unit u on u.id = r.unit_id
                  join assignment a on a.directive_id = r.directive_id
                  join assignment_unit au on au.assignment_id = a.id and au.unit_id = r.unit_id
                 where r.directive_id = :d
                 order by r.position, a.position
                """, Map.of("d", directiveId), (rs, i) -> {
            LocalDate inForce = localDate(rs.getDate("deadline_in_force"));
            Instant completed = instant(rs.getTimestamp("completed_at"));
            boolean late = inForce != null && deadlines.isLate(completed == null ? now : completed, inForce);
            return new AssignmentProgress(rs.getLong("recipient_id"), rs.getString("unit_name"),
                    rs.getInt("position"), rs.getString("content"), localDate(rs.getDate("deadline")), inForce,
                    completed, UnitStatus.of(completed != null, late));
        });
    }

    /**
     * The directive a Cockpit process instance page is about: the directive's own (type) instance, or a
     * unit's "unit-work" instance, whose recipient id is returned alongside.
     */
    public Optional<InstanceOwner> ownerOfProcessInstance(String processInstanceId) {
        List<InstanceOwner> owners = jdbc.query("""
                select id as directive_id, cast(null as bigint) as recipient_id from directive
                 where process_instance_id = :pi
                union all
                select directive_id, id as recipient_id from recipient where process_instance_id = :pi
                """, Map.of("pi", processInstanceId), (rs, i) -> new InstanceOwner(rs.getLong("directive_id"),
                rs.getObject("recipient_id") == null ? null : rs.getLong("recipient_id")));
        return owners.stream().findFirst();
    }

    /** Issuing bodies, for the filter. */
    public List<Issuer> issuers() {
        return jdbc.query("select code, name from unit where active = true and can_issue = true order by id",
                Map.of(), (rs, i) -> new Issuer(rs.getString("code"), rs.getString("name")));
    }

    /** Today on the business clock, in the deployment's zone: the day "days left" count from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A directive and, for a unit-work instance, the unit's recipient id. */
    public record InstanceOwner(long directiveId, Long recipientId) {
    }

    private DirectiveRow readableDirective(long directiveId, DirectiveAccess access) {
        DirectiveRow d = directiveRow(directiveId);
        if (!access.canRead(d.ref())) {
            throw new DirectiveNotReadableException();
        }
        return d;
    }

    private DirectiveRow directiveRow(long directiveId) {
        return jdbc.query(DIRECTIVE_COLUMNS + " where d.id = :id", Map.of("id", directiveId),
                ProgressService::directiveRow).stream().findFirst()
                .orElseThrow(() -> new DirectiveNotFoundException("Không tìm thấy văn bản chỉ đạo có mã " + directiveId + "."));
    }

    /** Whether the caller may read the directive; throws 404 when it does not exist. */
    boolean canRead(long directiveId, DirectiveAccess access) {
        return access.canRead(directiveRow(directiveId).ref());
    }

    /** The directive with its units, for a caller already checked (a unit reading its own part). */
    DirectiveProgress detailChecked(long directiveId) {
        return progress(directiveRow(directiveId), summaries.summarize(directiveId),
                recipientStates(List.of(directiveId)), true);
    }

    private DirectiveProgress progress(DirectiveRow d, List<UnitSummary> lines, Map<Long, RecipientState> states,
                                       boolean withUnits) {
        LocalDate today = today();
        List<UnitProgress> units = new ArrayList<>(lines.size());
        int received = 0;
        int accepted = 0;
        for (UnitSummary s : lines) {
            RecipientState r = states.getOrDefault(s.recipientId(), RecipientState.NONE);
            boolean reportReceived = r.status() != null && r.status().reportReceived();
            boolean reportAccepted = r.status() == RecipientStatus.ACCEPTED;
            received += reportReceived ? 1 : 0;
            accepted += reportAccepted ? 1 : 0;
            if (withUnits) {
                units.add(new UnitProgress(s.recipientId(), s.unitCode(), s.unitName(), s.status(), s.deadline(),
                        daysLeft(s, today), s.leadPerson(), r.status(), reportReceived,
                        reportReceived || r.status() == RecipientStatus.RETURNED ? r.reportedAt() : null, reportAccepted,
                        s.acceptedAt(), r.processInstanceId()));
            }
        }
        return new DirectiveProgress(d.id(), d.documentNumber(), d.subject(), d.type(), d.issuerCode(),
                d.issuerName(), d.issuedOn(), d.status(), d.processInstanceId(),
                StatusCounts.of(lines.stream().map(UnitSummary::status).toList()), received, accepted,
                List.copyOf(units), d.incoming());
    }

    /**
     * Days from today to the unit's last deadline in force, negative once it has passed. A unit that is
     * done is measured on the day it reported: negative means it reported that many days late.
     */
    private Integer daysLeft(UnitSummary s, LocalDate today) {
        if (s.deadline() == null) {
            return null;
        }
        boolean done = s.status() == UnitStatus.DONE_IN_TIME || s.status() == UnitStatus.DONE_LATE;
        LocalDate from = done && s.reportedAt() != null ? LocalDate.ofInstant(s.reportedAt(), clock.getZone()) : today;
        return Math.toIntExact(ChronoUnit.DAYS.between(from, s.deadline()));
    }

    /** The recipient columns SummaryService does not carry, for many directives in one query. */
    private Map<Long, RecipientState> recipientStates(Collection<Long> directiveIds) {
        Map<Long, RecipientState> result = new HashMap<>();
        if (directiveIds.isEmpty()) {
            return result;
        }
        jdbc.query("select id, status, reported_at, process_instance_id from recipient where directive_id in (:ids)",
                Map.of("ids", directiveIds), rs -> {
                    result.put(rs.getLong("id"), new RecipientState(RecipientStatus.valueOf(rs.getString("status")),
                            instant(rs.getTimestamp("reported_at")), rs.getString("process_instance_id")));
                });
        return result;
    }

    private static DirectiveRow directiveRow(ResultSet rs, int i) throws SQLException {
        return new DirectiveRow(rs.getLong("id"), DirectiveType.valueOf(rs.getString("doc_type")),
                rs.getString("document_number"), rs.getString("subject"), localDate(rs.getDate("issued_on")),
                DirectiveStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                rs.getString("issuer_code"), rs.getString("issuer_name"), incoming(rs));
    }

    private static IncomingLink incoming(ResultSet rs) throws SQLException {
        int number = rs.getInt("register_number");
        if (rs.wasNull()) {
            return null;
        }
        return new IncomingLink("Số đến " + number + "/" + rs.getInt("register_year"), rs.getString("incoming_number"),
                rs.getString("incoming_issuer"), rs.getInt("direct_assignment") == 1);
    }

    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record DirectiveRow(long id, DirectiveType type, String documentNumber, String subject,
                                LocalDate issuedOn, DirectiveStatus status, String processInstanceId,
                                String issuerCode, String issuerName, IncomingLink incoming) {
        DirectiveRef ref() {
            return new DirectiveRef(id, type, processInstanceId);
        }
    }

    private record RecipientState(RecipientStatus status, Instant reportedAt, String processInstanceId) {
        static final RecipientState NONE = new RecipientState(null, null, null);
    }
}
