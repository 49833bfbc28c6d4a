package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.deadline.DeadlinePhraseParser;
import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DraftValidator;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;
import vn.dang.chidao.notification.NotificationOutbox;
import vn.dang.chidao.notification.NotificationTexts;

/**
 * A unit's assignments: carried out once (a result), or in rounds (a report per round) for recurring, periodic and
 * ongoing ones; the reminders before a due date and the escalation after it.
 */
@Service
public class AssignmentWork {

    /** As the form allows. */
    static final int MAX_RESULT = 20_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final RecipientRepository recipients;
    private final UnitWorkAccess access;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;
    private final NotificationOutbox outbox;
    private final Deadlines deadlines;
    private final DeadlinePhraseParser phrases;
    private final Clock clock;

    public AssignmentWork(NamedParameterJdbcTemplate jdbc, RecipientRepository recipients, UnitWorkAccess access,
                          DirectiveRepository directives, UnitDirectory directory, NotificationOutbox outbox,
                          Deadlines deadlines, DeadlinePhraseParser phrases, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.access = access;
        this.directives = directives;
        this.directory = directory;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.phrases = phrases;
        this.clock = clock;
    }

    /**
     * Each of the unit's assignments with its result, the day it was done and whether on time, against the deadline
     * in force (an approved extension's date). A recurring assignment shows its last reported round, or its first
     * due date before any.
     */
    public List<AssignmentResult> results(long recipientId) {
        Recipient r = recipients.get(recipientId);
        Instant now = clock.instant();
        record Row(Assignment assignment, String resultNote, Instant completedAt) {
        }
        List<Row> rows = jdbc.query("select a.id, a.directive_id, a.position, a.content, a.deadline_phrase, "
                        + "a.deadline_kind, coalesce(au.deadline, a.deadline) as in_force, au.completed_at, "
                        + "au.result_note from assignment a join assignment_unit au on au.assignment_id = a.id "
                        + "where a.directive_id = :d and au.unit_id = :u order by a.position",
                Map.of("d", r.directiveId(), "u", r.unitId()), (rs, i) -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    return new Row(DirectiveRepository.assignment(rs, rs.getDate("in_force")),
                            rs.getString("result_note"), completed == null ? null : completed.toInstant());
                });
        // rounds only exist for recurring work: most units have none, and this runs on each of their steps
        Map<Long, Round> lastRounds = new HashMap<>();
        if (rows.stream().anyMatch(row -> row.assignment().recurring())) {
            jdbc.query("select ar.assignment_id, ar.due_date, ar.completed_at, ar.report from assignment_round ar "
                            + "join assignment a on a.id = ar.assignment_id where a.directive_id = :d "
                            + "and ar.unit_id = :u order by ar.due_date",
                    Map.of("d", r.directiveId(), "u", r.unitId()), rs -> {
                        Timestamp completed = rs.getTimestamp("completed_at");
                        lastRounds.put(rs.getLong("assignment_id"), new Round(rs.getDate("due_date").toLocalDate(),
                                completed == null ? null : completed.toInstant(), rs.getString("report")));
                    });
        }
        return rows.stream().map(row -> {
            Assignment a = row.assignment();
            if (a.recurring()) {
                Round round = lastRounds.get(a.id());
                return round == null ? result(a, a.deadline(), a.deadlineText(), null, null, now)
                        : result(a, round.due(), a.phrase() + " (kỳ " + VietnameseDates.format(round.due())
                                + ")", round.report(), round.completedAt(), now);
            }
            return result(a, a.deadline(), a.deadlineText(), row.resultNote(), row.completedAt(), now);
        }).toList();
    }

    private AssignmentResult result(Assignment a, LocalDate deadline, String deadlineText, String result,
                                    Instant completedAt, Instant now) {
        Instant judged = completedAt == null ? now : completedAt;
        boolean late = deadline != null && deadlines.isLate(judged, deadline);
        return new AssignmentResult(a.id(), a.position(), a.content(), a.recurring(), deadline, deadlineText,
                completedAt == null ? null : result,
                completedAt == null ? null : LocalDate.ofInstant(completedAt, clock.getZone()),
                UnitStatus.of(completedAt != null, late));
    }

    private record Round(LocalDate due, Instant completedAt, String report) {
    }

    /** Ids of this unit's one-off assignments, in the directive's order: the collection of the parallel tasks. */
    public List<Long> assignmentIds(long recipientId) {
        return recipients.assignments(recipients.get(recipientId)).stream().filter(a -> !a.recurring())
                .map(Assignment::id).toList();
    }

    /** Ids of this unit's recurring, periodic or ongoing assignments: each runs in rounds of its own. */
    public List<Long> recurringAssignmentIds(long recipientId) {
        return recipients.assignments(recipients.get(recipientId)).stream().filter(Assignment::recurring)
                .map(Assignment::id).toList();
    }

    public Assignment assignment(long recipientId, long assignmentId) {
        return recipients.assignment(recipientId, assignmentId);
    }

    @Transactional
    public void completeAssignment(long recipientId, long assignmentId, Actor actor, String note) {
        Recipient r = recipients.get(recipientId);
        access.requireUnitMember(r, actor);
        recipients.assignment(recipientId, assignmentId);
        Problems problems = new Problems();
        if (note == null || note.isBlank()) {
            problems.add("Chưa nhập Kết quả thực hiện: nhiệm vụ chỉ được ghi nhận hoàn thành khi có kết quả.");
        } else if (note.length() > MAX_RESULT) {
            problems.add("Kết quả thực hiện dài quá " + MAX_RESULT + " ký tự.");
        }
        problems.add(DraftValidator.textProblem(note, "Kết quả thực hiện"));
        problems.throwIfAny();
        int rows = jdbc.update("update assignment_unit set completed_at = :now, completed_by = :user, "
                        + "result_note = :note where assignment_id = :a and unit_id = :u and completed_at is null",
                new MapSqlParameterSource().addValue("now", now()).addValue("user", actor.userId())
                        .addValue("note", note.strip()).addValue("a", assignmentId)
                        .addValue("u", r.unitId()));
        if (rows != 1) {
            throw new InvalidInputException("Nhiệm vụ này đã được ghi nhận hoàn thành.");
        }
    }

    /**
     * The round of a recurring assignment now open: its first due date, or the one after the last round the unit
     * reported (from the table, never from a variable a user could write). Empty when no round remains or the
     * directive is no longer tracked.
     */
    public Optional<LocalDate> openRound(long recipientId, long assignmentId) {
        Recipient r = recipients.get(recipientId);
        Directive directive = directives.get(r.directiveId());
        if (directive.status() == DirectiveStatus.ARCHIVED) {
            return Optional.empty();
        }
        Assignment a = recipients.assignment(recipientId, assignmentId);
        java.sql.Date last = jdbc.queryForObject("select max(due_date) from assignment_round where assignment_id = :a "
                + "and unit_id = :u", Map.of("a", assignmentId, "u", r.unitId()), java.sql.Date.class);
        if (last == null) {
            return Optional.ofNullable(a.deadline());
        }
        LocalDate after = last.toLocalDate();
        return phrases.parse(a.phrase(), after).nextDue(after);
    }

    /** A round's own report: the unit says what it did for that period. */
    @Transactional
    public LocalDate completeRound(long recipientId, long assignmentId, String report, Actor actor) {
        Recipient r = recipients.get(recipientId);
        access.requireUnitMember(r, actor);
        LocalDate due = openRound(recipientId, assignmentId).orElseThrow(() -> new InvalidInputException(
                "Nhiệm vụ này không còn kỳ báo cáo nào đang mở."));
        Problems problems = new Problems();
        if (report == null || report.isBlank()) {
            problems.add("Chưa nhập Báo cáo kết quả thực hiện trong kỳ.");
        }
        problems.add(DraftValidator.textProblem(report, "Báo cáo kỳ"));
        problems.throwIfAny();
        try {
            jdbc.update("insert into assignment_round (assignment_id, unit_id, due_date, completed_at, completed_by, "
                            + "report) values (:a, :u, :due, :now, :user, :report)",
                    new MapSqlParameterSource().addValue("a", assignmentId).addValue("u", r.unitId())
                            .addValue("due", java.sql.Date.valueOf(due)).addValue("now", now())
                            .addValue("user", actor.userId()).addValue("report", report.strip()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("Kỳ báo cáo " + VietnameseDates.format(due) + " đã được báo cáo.");
        }
        return due;
    }

    /**
     * Records a reminder and queues its mail to the unit, once per due date however often it is retried.
     *
     * @param due the due date the reminder is about (a round's date for recurring work)
     * @return the notification id
     */
    @Transactional
    public long remind(long recipientId, long assignmentId, LocalDate due) {
        UnitWorkView view = recipients.view(recipientId);
        Assignment a = withDeadline(view.assignment(assignmentId), due);
        jdbc.update("update assignment_unit set reminded_at = :now where assignment_id = :a and unit_id = :u",
                new MapSqlParameterSource().addValue("now", now()).addValue("a", assignmentId)
                        .addValue("u", view.unit().id()));
        return outbox.enqueueOnce("REMINDER:" + assignmentId + ":" + view.unit().id() + ":" + a.deadline(),
                view.directive().id(),
                view.unit().id(), "REMINDER", view.unit().email(),
                NotificationTexts.reminderSubject(view.directive(), a),
                NotificationTexts.reminderBody(view.directive(), view.unit(), a));
    }

    /** Records that a due date passed and queues a mail to the issuing office, once. @return the notification id */
    @Transactional
    public long escalate(long recipientId, long assignmentId, LocalDate due) {
        UnitWorkView view = recipients.view(recipientId);
        Assignment a = withDeadline(view.assignment(assignmentId), due);
        Unit issuer = directory.get(view.directive().issuerId());
        jdbc.update("update assignment_unit set escalated_at = :now where assignment_id = :a and unit_id = :u",
                new MapSqlParameterSource().addValue("now", now()).addValue("a", assignmentId)
                        .addValue("u", view.unit().id()));
        return outbox.enqueueOnce("OVERDUE:" + assignmentId + ":" + view.unit().id() + ":" + a.deadline(),
                view.directive().id(),
                issuer.id(), "OVERDUE", issuer.email(),
                NotificationTexts.overdueSubject(view.directive(), a, view.unit()),
                NotificationTexts.overdueBody(view.directive(), view.unit(), a));
    }

    private static Assignment withDeadline(Assignment a, LocalDate due) {
        return due == null ? a : new Assignment(a.id(), a.directiveId(), a.position(), a.content(), due, a.phrase(),
                a.kind());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
