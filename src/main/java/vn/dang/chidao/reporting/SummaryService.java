package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import vn.dang.chidao.deadline.Deadlines;

/** Each unit's status on a directive, as the tracking office and the Ban Thường vụ read it. */
@Service
public class SummaryService {

    private final NamedParameterJdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final Clock clock;

    public SummaryService(NamedParameterJdbcTemplate jdbc, Deadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * A unit is done when its report is accepted; it is judged on time when that report was submitted
     * by the latest deadline among its assignments.
     */
    public List<UnitSummary> summarize(long directiveId) {
        Instant now = clock.instant();
        return jdbc.query("""
                select r.id, u.code, u.name, r.lead_person, r.status, r.accepted_at,
                       (select max(a.deadline) from assignment a join assignment_unit au on au.assignment_id = a.id
                         where a.directive_id = r.directive_id and au.unit_id = r.unit_id) as deadline,
                       rep.submitted_at, rep.content, rep.evidence
                  from recipient r
                  join unit u on u.id = r.unit_id
                  left join report rep on rep.recipient_id = r.id and rep.decision = 'ACCEPTED'
                 where r.directive_id = :d
                 order by r.position
                """, Map.of("d", directiveId), (rs, i) -> {
            LocalDate deadline = rs.getDate("deadline").toLocalDate();
            Timestamp submitted = rs.getTimestamp("submitted_at");
            Timestamp accepted = rs.getTimestamp("accepted_at");
            boolean done = "ACCEPTED".equals(rs.getString("status")) && submitted != null;
            Instant judgedAt = done ? submitted.toInstant() : now;
            UnitStatus status = UnitStatus.of(done, deadlines.isLate(judgedAt, deadline));
            return new UnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"), deadline, status,
                    rs.getString("lead_person"), submitted == null ? null : submitted.toInstant(),
                    accepted == null ? null : accepted.toInstant(), rs.getString("content"), rs.getString("evidence"));
        });
    }
}
