package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.DraftValidator;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/** A unit asks for more time on an assignment (gia hạn); the issuing office approves or refuses. */
@Service
public class ExtensionRequests {

    private final NamedParameterJdbcTemplate jdbc;
    private final RecipientRepository recipients;
    private final UnitWorkAccess access;
    private final Deadlines deadlines;
    private final Clock clock;

    public ExtensionRequests(NamedParameterJdbcTemplate jdbc, RecipientRepository recipients, UnitWorkAccess access,
                             Deadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.access = access;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * A unit asks for more time on one assignment, before it is due, for a later date and with a reason.
     */
    @Transactional
    public void requestExtension(long recipientId, long assignmentId, String reason, LocalDate requested,
                                 Actor actor) {
        Recipient r = recipients.get(recipientId);
        access.requireUnitMember(r, actor);
        Assignment a = recipients.assignment(recipientId, assignmentId);
        Problems problems = new Problems();
        if (reason == null || reason.isBlank()) {
            problems.add("Vui lòng nêu lý do xin gia hạn.");
        }
        problems.add(DraftValidator.textProblem(reason, "Lý do xin gia hạn"));
        if (requested == null) {
            problems.add("Chưa nhập thời hạn đề nghị.");
        } else if (!requested.isAfter(a.deadline())) {
            problems.add("Thời hạn đề nghị phải sau thời hạn hiện tại (" + VietnameseDates.format(a.deadline()) + ").");
        }
        if (deadlines.isLate(clock.instant(), a.deadline())) {
            problems.add("Nhiệm vụ đã quá hạn " + VietnameseDates.format(a.deadline())
                    + "; chỉ được xin gia hạn trước khi đến hạn.");
        }
        Integer pending = jdbc.queryForObject("select count(*) from extension_request where assignment_id = :a "
                + "and unit_id = :u and decision = 'PENDING'", Map.of("a", assignmentId, "u", r.unitId()), Integer.class);
        if (pending != null && pending > 0) {
            problems.add("Đơn vị đã có đề nghị gia hạn đang chờ xét.");
        }
        problems.throwIfAny();
        jdbc.update("insert into extension_request (assignment_id, unit_id, old_deadline, requested_deadline, reason, "
                        + "requested_by, requested_at, decision) values (:a, :u, :old, :new, :reason, :user, :now, 'PENDING')",
                new MapSqlParameterSource().addValue("a", assignmentId).addValue("u", r.unitId())
                        .addValue("old", java.sql.Date.valueOf(a.deadline()))
                        .addValue("new", java.sql.Date.valueOf(requested)).addValue("reason", reason.strip())
                        .addValue("user", actor.userId()).addValue("now", now()));
    }

    /**
     * The issuing office's decision. Approved: the unit's deadline for that assignment moves (the request
     * keeps the old one). Refused: a reason is required, the unit is told.
     *
     * @return the assignment with the deadline now in force
     */
    @Transactional
    public Assignment decideExtension(long recipientId, long assignmentId, String decision, String comment,
                                      Actor actor) {
        Recipient r = recipients.get(recipientId);
        access.requireTrackingOffice(r, actor);
        boolean approve;
        if ("approve".equals(decision)) {
            approve = true;
        } else if ("refuse".equals(decision)) {
            approve = false;
        } else {
            throw new InvalidInputException("Chưa chọn ý kiến về đề nghị gia hạn (đồng ý hoặc không đồng ý).");
        }
        Problems problems = new Problems();
        if (!approve && (comment == null || comment.isBlank())) {
            problems.add("Vui lòng nêu lý do không đồng ý gia hạn.");
        }
        problems.add(DraftValidator.textProblem(comment, "Ý kiến"));
        problems.throwIfAny();
        List<java.sql.Date> requested = jdbc.queryForList("select requested_deadline from extension_request "
                + "where assignment_id = :a and unit_id = :u and decision = 'PENDING'",
                Map.of("a", assignmentId, "u", r.unitId()), java.sql.Date.class);
        if (requested.isEmpty()) {
            throw new InvalidInputException("Không có đề nghị gia hạn nào đang chờ xét.");
        }
        jdbc.update("update extension_request set decision = :d, decided_by = :user, decided_at = :now, "
                        + "review_comment = :comment where assignment_id = :a and unit_id = :u and decision = 'PENDING'",
                new MapSqlParameterSource().addValue("d", approve ? "APPROVED" : "REFUSED")
                        .addValue("user", actor.userId()).addValue("now", now())
                        .addValue("comment", comment == null || comment.isBlank() ? null : comment.strip())
                        .addValue("a", assignmentId).addValue("u", r.unitId()));
        if (approve) {
            jdbc.update("update assignment_unit set deadline = :d, reminded_at = null, escalated_at = null "
                            + "where assignment_id = :a and unit_id = :u",
                    new MapSqlParameterSource().addValue("d", requested.get(0)).addValue("a", assignmentId)
                            .addValue("u", r.unitId()));
        }
        return recipients.assignment(recipientId, assignmentId);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
