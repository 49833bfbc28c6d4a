package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.RecipientStatus;

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
     * A unit is done when its report is accepted. It is late when any of its assignments was (or,
     * still open, is) past that assignment's deadline, or its report came after the last deadline.
     */
    public List<UnitSummary> summarize(long directiveId) {
        Instant now = clock.instant();
        Map<Long, List<AssignmentState>> byUnit = new HashMap<>();
        jdbc.query("""
                select au.unit_id, coalesce(au.deadline, a.deadline) as deadline, au.completed_at
                  from assignment a join assignment_unit au on au.assignment_id = a.id
                 where a.directive_id = :d
                """, Map.of("d", directiveId), rs -> {
            Timestamp completed = rs.getTimestamp("completed_at");
            java.sql.Date deadline = rs.getDate("deadline");
            if (deadline == null) {
                return; // ongoing work without a report date yet: nothing to be late against
            }
            byUnit.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>()).add(new AssignmentState(
                    deadline.toLocalDate(), completed == null ? null : completed.toInstant()));
        });
        return jdbc.query("""
                select r.id, r.unit_id, u.code, u.name, r.lead_person, r.status, r.accepted_at,
                       rep.submitted_at, rep.content, rep.evidence
                  from recipient r
                  join unit u on u.id = r.unit_id
                  left join report rep on rep.recipient_id = r.id and rep.decision = 'ACCEPTED'
                 where r.directive_id = :d
                 order by r.position
                """, Map.of("d", directiveId), (rs, i) -> {
            List<AssignmentState> assignments = byUnit.getOrDefault(rs.getLong("unit_id"), List.of());
            LocalDate lastDeadline = assignments.stream().map(AssignmentState::deadline).max(LocalDate::compareTo)
                    .orElse(null);
            Timestamp submitted = rs.getTimestamp("submitted_at");
            Timestamp accepted = rs.getTimestamp("accepted_at");
            boolean done = RecipientStatus.valueOf(rs.getString("status")) == RecipientStatus.ACCEPTED
                    && submitted != null;
            Instant reportAt = done ? submitted.toInstant() : now;
            boolean late = assignments.stream().anyMatch(a -> deadlines.isLate(
                    a.completedAt() == null ? now : a.completedAt(), a.deadline()))
                    || lastDeadline != null && deadlines.isLate(reportAt, lastDeadline);
            return new UnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"), lastDeadline,
                    UnitStatus.of(done, late), rs.getString("lead_person"),
                    submitted == null ? null : submitted.toInstant(), accepted == null ? null : accepted.toInstant(),
                    rs.getString("content"), rs.getString("evidence"));
        });
    }

    private record AssignmentState(LocalDate deadline, Instant completedAt) {
    }
}
