package vn.dang.chidao.incoming;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sổ văn bản đến as the board shows it: newest first, with what became of each document. */
@Repository
public class IncomingRegister {

    /** One line of the register. {@code reportNumber} is the signed báo cáo's number, null until then. */
    public record Line(long id, String receiverCode, String receiverName, String registerLabel, LocalDate receivedOn,
                       String documentNumber, String issuingBody, String subject, IncomingStatus status,
                       Direction direction, String reportDeadlinePhrase, LocalDate reportDeadline, String reportTo,
                       Long reportDirectiveId, String reportNumber, String processInstanceId,
                       List<Implementation> implementations) {
    }

    /** A directive carrying the document out: the direct assignment (sender's number) or our own directive. */
    public record Implementation(long directiveId, String documentNumber, String status, boolean directAssignment) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public IncomingRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param receivers the receiving bodies' codes the caller may read, or null for all
     */
    public List<Line> list(Collection<String> receivers, int limit) {
        if (receivers != null && receivers.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        StringBuilder sql = new StringBuilder("""
                select i.id, u.code, u.name, i.register_number, i.register_year, i.received_on, i.document_number,
                       i.issuing_body, i.subject, i.status, i.direction, i.report_deadline_phrase, i.report_deadline,
                       i.report_to, i.report_directive_id, r.document_number as report_number, i.process_instance_id
                  from incoming_document i
                  join unit u on u.id = i.receiver_id
                  left join directive r on r.id = i.report_directive_id
                 where i.register_number is not null
                """);
        if (receivers != null) {
            sql.append(" and u.code in (:receivers)");
            params.addValue("receivers", receivers);
        }
        sql.append(" order by i.received_on desc, i.register_number desc limit :limit");
        List<Line> lines = jdbc.query(sql.toString(), params, (rs, n) -> {
            long id = rs.getLong("id");
            Date received = rs.getDate("received_on");
            Date deadline = rs.getDate("report_deadline");
            return new Line(id, rs.getString("code"), rs.getString("name"),
                    "Số đến " + rs.getInt("register_number") + "/" + rs.getInt("register_year"),
                    received == null ? null : received.toLocalDate(), rs.getString("document_number"),
                    rs.getString("issuing_body"), rs.getString("subject"), IncomingStatus.valueOf(rs.getString("status")),
                    Direction.parse(rs.getString("direction")).orElse(null), rs.getString("report_deadline_phrase"),
                    deadline == null ? null : deadline.toLocalDate(), rs.getString("report_to"),
                    rs.getObject("report_directive_id", Long.class), rs.getString("report_number"),
                    rs.getString("process_instance_id"), List.of());
        });
        if (lines.isEmpty()) {
            return lines;
        }
        Map<Long, List<Implementation>> byIncoming = new HashMap<>();
        jdbc.query("""
                select d.incoming_id, d.id, d.document_number, d.status,
                       case when d.process_instance_id = i.process_instance_id then 1 else 0 end as direct
                  from directive d join incoming_document i on i.id = d.incoming_id
                 where d.incoming_id in (:ids) and d.doc_type <> 'BC' order by d.id
                """, Map.of("ids", lines.stream().map(Line::id).toList()), rs -> {
            byIncoming.computeIfAbsent(rs.getLong("incoming_id"), k -> new ArrayList<>())
                    .add(new Implementation(rs.getLong("id"), rs.getString("document_number"), rs.getString("status"),
                            rs.getInt("direct") == 1));
        });
        return lines.stream().map(l -> new Line(l.id(), l.receiverCode(), l.receiverName(), l.registerLabel(),
                l.receivedOn(), l.documentNumber(), l.issuingBody(), l.subject(), l.status(), l.direction(),
                l.reportDeadlinePhrase(), l.reportDeadline(), l.reportTo(), l.reportDirectiveId(), l.reportNumber(),
                l.processInstanceId(), byIncoming.getOrDefault(l.id(), List.of()))).toList();
    }
}
