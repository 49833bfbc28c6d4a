package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.deadline.DeadlinePhraseParser;
import vn.dang.chidao.deadline.Deadlines;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveAuthority;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.directive.DraftValidator;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.notification.NotificationOutbox;
import vn.dang.chidao.notification.NotificationTexts;

/** A unit's work on one directive: receipt, assignments, report, and the office's review of it. */
@Service
public class UnitWorkService {

    static final int MAX_REPORT = 100_000;
    static final int MAX_EVIDENCE = 1000;
    /** As the form allows. */
    static final int MAX_RESULT = 20_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;
    private final NotificationOutbox outbox;
    private final Deadlines deadlines;
    private final DeadlinePhraseParser phrases;
    private final DirectiveAuthority authority;
    private final Clock clock;

    public UnitWorkService(NamedParameterJdbcTemplate jdbc, DirectiveRepository directives, UnitDirectory directory,
                           NotificationOutbox outbox, Deadlines deadlines, DeadlinePhraseParser phrases,
                           DirectiveAuthority authority, Clock clock) {
        this.authority = authority;
        this.phrases = phrases;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.directives = directives;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    public UnitWorkView view(long recipientId) {
        Recipient r = recipient(recipientId);
        Directive directive = directives.get(r.directiveId());
        return new UnitWorkView(directive, directory.get(r.unitId()), assignments(r));
    }

    /**
     * Each of the unit's assignments with its result, the day it was done and whether on time, against the deadline
     * in force (an approved extension's date). A recurring assignment shows its last reported round, or its first
     * due date before any.
     */
    public List<AssignmentResult> results(long recipientId) {
        Recipient r = recipient(recipientId);
        Instant now = clock.instant();
        Map<Long, Round> lastRounds = new HashMap<>();
        jdbc.query("select ar.assignment_id, ar.due_date, ar.completed_at, ar.report from assignment_round ar "
                        + "join assignment a on a.id = ar.assignment_id where a.directive_id = :d and ar.unit_id = :u "
                        + "order by ar.due_date",
                Map.of("d", r.directiveId(), "u", r.unitId()), rs -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    lastRounds.put(rs.getLong("assignment_id"), new Round(rs.getDate("due_date").toLocalDate(),
                            completed == null ? null : completed.toInstant(), rs.getString("report")));
                });
        return jdbc.query("select a.id, a.directive_id, a.position, a.content, a.deadline_phrase, a.deadline_kind, "
                        + "coalesce(au.deadline, a.deadline) as in_force, au.completed_at, au.result_note "
                        + "from assignment a join assignment_unit au on au.assignment_id = a.id "
                        + "where a.directive_id = :d and au.unit_id = :u order by a.position",
                Map.of("d", r.directiveId(), "u", r.unitId()), (rs, i) -> {
                    Assignment a = DirectiveRepository.assignment(rs, rs.getDate("in_force"));
                    Timestamp completed = rs.getTimestamp("completed_at");
                    if (a.recurring()) {
                        Round round = lastRounds.get(a.id());
                        return round == null ? result(a, a.deadline(), a.deadlineText(), null, null, now)
                                : result(a, round.due(), a.phrase() + " (kỳ " + VietnameseDates.format(round.due())
                                        + ")", round.report(), round.completedAt(), now);
                    }
                    return result(a, a.deadline(), a.deadlineText(), rs.getString("result_note"),
                            completed == null ? null : completed.toInstant(), now);
                });
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
        return assignments(recipient(recipientId)).stream().filter(a -> !a.recurring()).map(Assignment::id).toList();
    }

    /** Ids of this unit's recurring, periodic or ongoing assignments: each runs in rounds of its own. */
    public List<Long> recurringAssignmentIds(long recipientId) {
        return assignments(recipient(recipientId)).stream().filter(Assignment::recurring).map(Assignment::id).toList();
    }

    /**
     * The round of a recurring assignment now open: its first due date, or the one after the last round the unit
     * reported (from the table, never from a variable a user could write). Empty when no round remains or the
     * directive is no longer tracked.
     */
    public Optional<LocalDate> openRound(long recipientId, long assignmentId) {
        Recipient r = recipient(recipientId);
        Directive directive = directives.get(r.directiveId());
        if (directive.status() == DirectiveStatus.ARCHIVED) {
            return Optional.empty();
        }
        Assignment a = assignment(recipientId, assignmentId);
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
        Recipient r = recipient(recipientId);
        requireUnitMember(r, actor);
        String user = actor.userId();
        LocalDate due = openRound(recipientId, assignmentId).orElseThrow(() -> new InvalidInputException(
                "Nhiệm vụ này không còn kỳ báo cáo nào đang mở."));
        List<String> problems = new ArrayList<>();
        if (report == null || report.isBlank()) {
            problems.add("Chưa nhập Báo cáo kết quả thực hiện trong kỳ.");
        }
        addTextProblem(report, "Báo cáo kỳ", problems);
        throwIfAny(problems);
        try {
            jdbc.update("insert into assignment_round (assignment_id, unit_id, due_date, completed_at, completed_by, "
                            + "report) values (:a, :u, :due, :now, :user, :report)",
                    new MapSqlParameterSource().addValue("a", assignmentId).addValue("u", r.unitId())
                            .addValue("due", java.sql.Date.valueOf(due)).addValue("now", now())
                            .addValue("user", user).addValue("report", report.strip()));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidInputException("Kỳ báo cáo " + VietnameseDates.format(due) + " đã được báo cáo.");
        }
        return due;
    }

    public Assignment assignment(long recipientId, long assignmentId) {
        return UnitWorkView.find(assignments(recipient(recipientId)), assignmentId);
    }

    @Transactional
    public void acknowledge(long recipientId, Actor actor, String leadPerson, String supportPersons) {
        requireUnitMember(recipient(recipientId), actor);
        String user = actor.userId();
        List<String> problems = new ArrayList<>();
        if (leadPerson == null || leadPerson.isBlank()) {
            problems.add("Chưa ghi người (bộ phận) chủ trì thực hiện.");
        } else if (leadPerson.length() > 255) {
            problems.add("Tên người chủ trì dài quá 255 ký tự.");
        }
        if (supportPersons != null && supportPersons.length() > 1000) {
            problems.add("Danh sách phối hợp dài quá 1000 ký tự.");
        }
        addTextProblem(leadPerson, "Người chủ trì", problems);
        addTextProblem(supportPersons, "Phối hợp", problems);
        throwIfAny(problems);
        int rows = jdbc.update("update recipient set status = 'ACKNOWLEDGED', acknowledged_at = :now, "
                        + "acknowledged_by = :user, lead_person = :lead, support_persons = :support "
                        + "where id = :id and status = 'DISPATCHED'",
                new MapSqlParameterSource().addValue("now", now()).addValue("user", user)
                        .addValue("lead", leadPerson.strip())
                        .addValue("support", supportPersons == null ? null : supportPersons.strip())
                        .addValue("id", recipientId));
        if (rows != 1) {
            throw new InvalidInputException("Đơn vị đã xác nhận nhận văn bản này rồi.");
        }
    }

    @Transactional
    public void completeAssignment(long recipientId, long assignmentId, Actor actor, String note) {
        Recipient r = recipient(recipientId);
        requireUnitMember(r, actor);
        String user = actor.userId();
        assignment(recipientId, assignmentId);
        List<String> problems = new ArrayList<>();
        if (note == null || note.isBlank()) {
            problems.add("Chưa nhập Kết quả thực hiện: nhiệm vụ chỉ được ghi nhận hoàn thành khi có kết quả.");
        } else if (note.length() > MAX_RESULT) {
            problems.add("Kết quả thực hiện dài quá " + MAX_RESULT + " ký tự.");
        }
        addTextProblem(note, "Kết quả thực hiện", problems);
        throwIfAny(problems);
        int rows = jdbc.update("update assignment_unit set completed_at = :now, completed_by = :user, "
                        + "result_note = :note where assignment_id = :a and unit_id = :u and completed_at is null",
                new MapSqlParameterSource().addValue("now", now()).addValue("user", user)
                        .addValue("note", note.strip()).addValue("a", assignmentId)
                        .addValue("u", r.unitId()));
        if (rows != 1) {
            throw new InvalidInputException("Nhiệm vụ này đã được ghi nhận hoàn thành.");
        }
    }

    /**
     * Records a reminder and queues its mail to the unit, once per due date however often it is retried.
     *
     * @param due the due date the reminder is about (a round's date for recurring work)
     * @return the notification id
     */
    @Transactional
    public long remind(long recipientId, long assignmentId, LocalDate due) {
        UnitWorkView view = view(recipientId);
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
        UnitWorkView view = view(recipientId);
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

    /**
     * A unit asks for more time on one assignment, before it is due, for a later date and with a reason.
     */
    @Transactional
    public void requestExtension(long recipientId, long assignmentId, String reason, LocalDate requested,
                                 Actor actor) {
        Recipient r = recipient(recipientId);
        requireUnitMember(r, actor);
        String user = actor.userId();
        Assignment a = assignment(recipientId, assignmentId);
        List<String> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add("Vui lòng nêu lý do xin gia hạn.");
        }
        addTextProblem(reason, "Lý do xin gia hạn", problems);
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
        throwIfAny(problems);
        jdbc.update("insert into extension_request (assignment_id, unit_id, old_deadline, requested_deadline, reason, "
                        + "requested_by, requested_at, decision) values (:a, :u, :old, :new, :reason, :user, :now, 'PENDING')",
                new MapSqlParameterSource().addValue("a", assignmentId).addValue("u", r.unitId())
                        .addValue("old", java.sql.Date.valueOf(a.deadline()))
                        .addValue("new", java.sql.Date.valueOf(requested)).addValue("reason", reason.strip())
                        .addValue("user", user).addValue("now", now()));
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
        Recipient r = recipient(recipientId);
        requireTrackingOffice(r, actor);
        String user = actor.userId();
        boolean approve;
        if ("approve".equals(decision)) {
            approve = true;
        } else if ("refuse".equals(decision)) {
            approve = false;
        } else {
            throw new InvalidInputException("Chưa chọn ý kiến về đề nghị gia hạn (đồng ý hoặc không đồng ý).");
        }
        List<String> problems = new ArrayList<>();
        if (!approve && (comment == null || comment.isBlank())) {
            problems.add("Vui lòng nêu lý do không đồng ý gia hạn.");
        }
        addTextProblem(comment, "Ý kiến", problems);
        throwIfAny(problems);
        List<java.sql.Date> requested = jdbc.queryForList("select requested_deadline from extension_request "
                + "where assignment_id = :a and unit_id = :u and decision = 'PENDING'",
                Map.of("a", assignmentId, "u", r.unitId()), java.sql.Date.class);
        if (requested.isEmpty()) {
            throw new InvalidInputException("Không có đề nghị gia hạn nào đang chờ xét.");
        }
        jdbc.update("update extension_request set decision = :d, decided_by = :user, decided_at = :now, "
                        + "review_comment = :comment where assignment_id = :a and unit_id = :u and decision = 'PENDING'",
                new MapSqlParameterSource().addValue("d", approve ? "APPROVED" : "REFUSED").addValue("user", user)
                        .addValue("now", now()).addValue("comment", comment == null || comment.isBlank() ? null
                                : comment.strip()).addValue("a", assignmentId).addValue("u", r.unitId()));
        if (approve) {
            jdbc.update("update assignment_unit set deadline = :d, reminded_at = null, escalated_at = null "
                            + "where assignment_id = :a and unit_id = :u",
                    new MapSqlParameterSource().addValue("d", requested.get(0)).addValue("a", assignmentId)
                            .addValue("u", r.unitId()));
        }
        return assignment(recipientId, assignmentId);
    }

    @Transactional
    public void submitReport(long recipientId, String content, String evidence, Actor actor) {
        requireUnitMember(recipient(recipientId), actor);
        String user = actor.userId();
        List<String> problems = new ArrayList<>();
        if (content == null || content.isBlank()) {
            problems.add("Chưa nhập nội dung báo cáo kết quả.");
        } else if (content.length() > MAX_REPORT) {
            problems.add("Nội dung báo cáo dài quá " + MAX_REPORT + " ký tự.");
        }
        if (evidence == null || evidence.isBlank()) {
            problems.add("Chưa nhập tài liệu kiểm chứng (đường dẫn hoặc số, ký hiệu văn bản).");
        } else if (evidence.length() > MAX_EVIDENCE) {
            problems.add("Tài liệu kiểm chứng dài quá " + MAX_EVIDENCE + " ký tự.");
        }
        addTextProblem(content, "Nội dung báo cáo", problems);
        addTextProblem(evidence, "Tài liệu kiểm chứng", problems);
        throwIfAny(problems);
        int rows = jdbc.update("update recipient set status = 'REPORTED', reported_at = :now where id = :id "
                        + "and status in ('ACKNOWLEDGED', 'RETURNED')",
                new MapSqlParameterSource().addValue("now", now()).addValue("id", recipientId));
        if (rows != 1) {
            throw new InvalidInputException("Đơn vị không ở bước báo cáo kết quả (đã báo cáo hoặc đã được duyệt).");
        }
        jdbc.update("insert into report (recipient_id, content, evidence, submitted_by, submitted_at, decision) "
                        + "values (:r, :content, :evidence, :user, :now, 'PENDING')",
                new MapSqlParameterSource().addValue("r", recipientId).addValue("content", content.strip())
                        .addValue("evidence", evidence.strip()).addValue("user", user).addValue("now", now()));
    }

    /** @return true when accepted, false when returned to the unit */
    @Transactional
    public boolean reviewReport(long recipientId, String decision, String comment, Actor actor) {
        requireTrackingOffice(recipient(recipientId), actor);
        String user = actor.userId();
        boolean accept;
        if ("accept".equals(decision)) {
            accept = true;
        } else if ("return".equals(decision)) {
            accept = false;
        } else {
            throw new InvalidInputException("Chưa chọn kết quả duyệt báo cáo (chấp nhận hoặc trả lại).");
        }
        List<String> problems = new ArrayList<>();
        if (!accept && (comment == null || comment.isBlank())) {
            problems.add("Vui lòng ghi lý do khi trả lại báo cáo.");
        }
        addTextProblem(comment, "Ý kiến", problems);
        throwIfAny(problems);
        int rows = jdbc.update("update report set decision = :decision, decided_by = :user, decided_at = :now, "
                        + "review_comment = :comment where recipient_id = :r and decision = 'PENDING'",
                new MapSqlParameterSource().addValue("decision", accept ? "ACCEPTED" : "RETURNED")
                        .addValue("user", user).addValue("now", now())
                        .addValue("comment", comment == null || comment.isBlank() ? null : comment.strip())
                        .addValue("r", recipientId));
        if (rows != 1) {
            throw new InvalidInputException("Không có báo cáo nào đang chờ duyệt.");
        }
        if (!accept) {
            jdbc.update("update recipient set status = 'RETURNED' where id = :id", Map.of("id", recipientId));
        }
        return accept;
    }

    /**
     * Closes the unit's work. Serialized per directive by the directive row lock, so exactly one
     * acceptance, the last, sees that every unit is done.
     *
     * @return true when this was the last unit of the directive
     */
    @Transactional
    public boolean closeUnit(long recipientId) {
        Recipient r = recipient(recipientId);
        Directive directive = directives.lock(r.directiveId());
        jdbc.update("update recipient set status = 'ACCEPTED', accepted_at = :now where id = :id",
                new MapSqlParameterSource().addValue("now", now()).addValue("id", recipientId));
        Integer open = jdbc.queryForObject("select count(*) from recipient where directive_id = :d "
                + "and status <> 'ACCEPTED'", Map.of("d", r.directiveId()), Integer.class);
        if (open != null && open == 0 && directive.status() == DirectiveStatus.ISSUED) {
            directives.setStatus(directive.id(), DirectiveStatus.COMPLETED, clock.instant());
            return true;
        }
        return false;
    }

    /**
     * What a unit's own directive starts with when the unit implements this one by issuing it: the
     * subject and the căn cứ citing this directive.
     */
    public Cascade cascade(long recipientId, DirectiveType childType) {
        UnitWorkView view = view(recipientId);
        if (!view.unit().canIssue()) {
            throw new InvalidInputException(view.unit().name()
                    + " chưa được khai báo là cơ quan ban hành văn bản, không thể triển khai bằng văn bản riêng.");
        }
        if (childType == null) {
            throw new InvalidInputException("Chưa chọn loại văn bản triển khai.");
        }
        Directive parent = view.directive();
        Unit issuer = directory.get(parent.issuerId());
        String cited = parent.type().label() + " số " + parent.documentNumber() + " ngày "
                + VietnameseDates.format(parent.issuedOn()) + " của " + issuer.name();
        return new Cascade(childType, "V/v triển khai thực hiện " + cited, "Thực hiện " + cited + ".");
    }

    public record Cascade(DirectiveType type, String subject, String basis) {
    }

    /**
     * The unit's own directive is done: its summary becomes the unit's report upward, with each of its
     * units' statuses, and waits for the issuing office's review like any report.
     */
    @Transactional
    public ChildReport reportFromChild(long recipientId, long childDirectiveId, List<UnitSummary> childUnits) {
        Directive child = directives.get(childDirectiveId);
        String note = jdbc.queryForObject("select summary_note from directive where id = :id",
                Map.of("id", childDirectiveId), String.class);
        StringBuilder content = new StringBuilder("Đơn vị đã triển khai bằng ").append(child.type().label().toLowerCase())
                .append(" số ").append(child.documentNumber()).append(" ngày ")
                .append(VietnameseDates.format(child.issuedOn())).append(".\n");
        if (note != null && !note.isBlank()) {
            content.append("Kết quả: ").append(note.strip()).append("\n");
        }
        content.append("Tình hình thực hiện của các đơn vị:\n");
        for (UnitSummary u : childUnits) {
            content.append("- ").append(u.unitName()).append(": ").append(u.status().label().toLowerCase());
            if (u.report() != null && !u.report().isBlank()) {
                content.append(" — ").append(u.report().replaceAll("\\s+", " ").strip());
            }
            content.append("\n");
        }
        int rows = jdbc.update("update recipient set status = 'REPORTED', reported_at = :now where id = :id "
                        + "and status in ('ACKNOWLEDGED', 'RETURNED')",
                new MapSqlParameterSource().addValue("now", now()).addValue("id", recipientId));
        if (rows != 1) {
            throw new IllegalStateException("recipient " + recipientId + " is not waiting for a report");
        }
        ChildReport report = new ChildReport(content.toString().strip(),
                child.type().label() + " số " + child.documentNumber());
        jdbc.update("insert into report (recipient_id, content, evidence, submitted_by, submitted_at, decision, "
                        + "child_directive_id) values (:r, :content, :evidence, :user, :now, 'PENDING', :child)",
                new MapSqlParameterSource().addValue("r", recipientId).addValue("content", report.content())
                        .addValue("evidence", report.evidence()).addValue("user", child.signerId())
                        .addValue("now", now()).addValue("child", childDirectiveId));
        return report;
    }

    public record ChildReport(String content, String evidence) {
    }

    /** The office's comment on the last returned report, shown to the unit when it reports again. */
    public String lastReturnComment(long recipientId) {
        return jdbc.queryForList("select review_comment from report where recipient_id = :r and decision = 'RETURNED' "
                + "order by submitted_at desc, id desc", Map.of("r", recipientId), String.class).stream()
                .findFirst().orElse(null);
    }

    public String directiveProcessInstance(long recipientId) {
        return directives.get(recipient(recipientId).directiveId()).processInstanceId();
    }

    private List<Assignment> assignments(Recipient r) {
        return jdbc.query("select a.id, a.directive_id, a.position, a.content, a.deadline_phrase, a.deadline_kind, "
                        + "coalesce(au.deadline, a.deadline) as in_force from assignment a join assignment_unit au "
                        + "on au.assignment_id = a.id where a.directive_id = :d and au.unit_id = :u order by a.position",
                Map.of("d", r.directiveId(), "u", r.unitId()),
                (rs, i) -> DirectiveRepository.assignment(rs, rs.getDate("in_force")));
    }

    private static Assignment withDeadline(Assignment a, LocalDate due) {
        return due == null ? a : new Assignment(a.id(), a.directiveId(), a.position(), a.content(), due, a.phrase(),
                a.kind());
    }

    /**
     * A recipient's directive and unit never change (ids are not reused), and the delegates of one unit ask for
     * them about ten times per unit: the benchmark's lifecycle read this row 2,005 times for 200 units.
     */
    private final Map<Long, Recipient> recipients = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Recipient> eldest) {
                    return size() > 20_000;
                }
            });

    private Recipient recipient(long id) {
        Recipient known = recipients.get(id);
        if (known != null) {
            return known;
        }
        Recipient read = jdbc.query("select r.id, r.directive_id, r.unit_id, u.code, i.code from recipient r "
                                + "join unit u on u.id = r.unit_id join directive d on d.id = r.directive_id "
                                + "join unit i on i.id = d.issuer_id where r.id = :id", Map.of("id", id),
                        (rs, i) -> new Recipient(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5)))
                .stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("Không tìm thấy đơn vị nhận văn bản (mã " + id
                        + ")."));
        recipients.put(id, read);
        return read;
    }

    private void requireUnitMember(Recipient r, Actor actor) {
        if (!actor.actsFor(r.unitCode())) {
            authority.requireUnitMember(directory.get(r.unitId()), actor);
        }
    }

    /** The issuing body's office: it reviews the unit's report and extension requests. */
    public String trackingGroup(long recipientId) {
        return Unit.officeGroupOf(recipient(recipientId).issuerCode());
    }

    private void requireTrackingOffice(Recipient r, Actor actor) {
        if (!actor.actsFor(Unit.officeGroupOf(r.issuerCode()))) {
            authority.requireTrackingOffice(directives.get(r.directiveId()), actor);
        }
    }

    /** The recipient unit's code: its Camunda group, the candidates of the unit's tasks. */
    public String unitCode(long recipientId) {
        return recipient(recipientId).unitCode();
    }

    /** The directive a recipient row belongs to. */
    public long directiveOf(long recipientId) {
        return recipient(recipientId).directiveId();
    }

    /** The unit's own directive issued to implement this recipient's (cascade), the latest one. */
    public long childDirective(long recipientId) {
        return jdbc.queryForObject("select max(id) from directive where parent_recipient_id = :r",
                Map.of("r", recipientId), Long.class);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static void addTextProblem(String text, String field, List<String> problems) {
        String problem = DraftValidator.textProblem(text, field);
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems.stream().map(vn.dang.chidao.input.Problem::general).toList());
        }
    }

    /** A dispatched recipient: its directive's issuer no longer changes either. */
    private record Recipient(long id, long directiveId, long unitId, String unitCode, String issuerCode) {
    }
}
