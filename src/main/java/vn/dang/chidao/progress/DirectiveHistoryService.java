package vn.dang.chidao.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directive.ReviewDecision;
import vn.dang.chidao.directive.ReviewStep;

/**
 * The history of a finished (or running) directive for the managers: the engine's completed tasks with the
 * users' full names, and the decisions, comments and reports kept in the project's tables.
 *
 * Who may read it: whoever may read the directive; a unit's own part also its members.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveHistoryService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProgressService progress;
    private final ProcessHistory engineHistory;
    private final NamedParameterJdbcTemplate jdbc;

    public DirectiveHistoryService(ProgressService progress, ProcessHistory engineHistory,
                                   NamedParameterJdbcTemplate jdbc) {
        this.progress = progress;
        this.engineHistory = engineHistory;
        this.jdbc = jdbc;
    }

    /** The directive's own steps (drafting, checks, approval, issue, summary) and its review decisions. */
    public DirectiveHistory directive(long directiveId, DirectiveAccess access) {
        DirectiveProgress d = progress.detail(directiveId, access);
        Set<String> units = d.units().stream().map(UnitProgress::processInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<ProcessHistory.CompletedStep> steps = d.processInstanceId() == null ? List.of()
                : engineHistory.completedSteps(d.processInstanceId(), units);
        List<Raw> decisions = new ArrayList<>(jdbc.query("""
                select step, decision, comment, actor, decided_at from review_log where directive_id = :d
                """, Map.of("d", directiveId), (rs, i) -> new Raw(instant(rs.getTimestamp("decided_at")),
                stepLabel(rs.getString("step")), reviewLabel(rs.getString("step"), rs.getString("decision")), rs.getString("comment"),
                rs.getString("actor"))));
        jdbc.query("select closed_at, summary_note from directive where id = :d and summary_note is not null",
                Map.of("d", directiveId), rs -> {
                    decisions.add(new Raw(instant(rs.getTimestamp("closed_at")), "Tổng hợp kết quả",
                            "Đã tổng hợp, lưu trữ", rs.getString("summary_note"), null));
                });
        return assemble(d, null, steps, decisions, List.of(), stepProcessIds(steps), d.issuerName());
    }

    /** One unit's part: its steps, its assignments' results and extensions, its reports and their review. */
    public DirectiveHistory unit(long directiveId, long recipientId, DirectiveAccess access) {
        boolean directiveReadable = progress.canRead(directiveId, access);
        DirectiveProgress d = progress.detailChecked(directiveId);
        UnitProgress unit = d.units().stream().filter(u -> u.recipientId() == recipientId).findFirst()
                .orElseThrow(() -> new DirectiveNotFoundException("Văn bản này không gửi tới đơn vị có mã "
                        + recipientId + "."));
        if (!directiveReadable && !access.isMemberOf(unit.unitCode())) {
            throw new DirectiveNotReadableException();
        }
        List<ProcessHistory.CompletedStep> steps = unit.processInstanceId() == null ? List.of()
                : engineHistory.completedSteps(unit.processInstanceId(), Set.of());
        List<Raw> decisions = new ArrayList<>();
        Map<String, Object> params = Map.of("r", recipientId);
        jdbc.query("""
                select acknowledged_at, acknowledged_by, lead_person, support_persons from recipient
                 where id = :r and acknowledged_at is not null
                """, params, rs -> {
            decisions.add(new Raw(instant(rs.getTimestamp("acknowledged_at")), "Xác nhận đã nhận văn bản",
                    "Chủ trì: " + rs.getString("lead_person"), support(rs.getString("support_persons")),
                    rs.getString("acknowledged_by")));
        });
        jdbc.query("""
                select a.position, au.completed_at, au.completed_by, au.result_note
                  from recipient r join assignment a on a.directive_id = r.directive_id
                  join assignment_unit au on au.assignment_id = a.id and au.unit_id = r.unit_id
                 where r.id = :r and au.completed_at is not null
                """, params, rs -> {
            decisions.add(new Raw(instant(rs.getTimestamp("completed_at")), "Nhiệm vụ số " + rs.getInt("position"),
                    "Đã hoàn thành", rs.getString("result_note"), rs.getString("completed_by")));
        });
        jdbc.query("""
                select a.position, e.requested_deadline, e.reason, e.requested_by, e.requested_at, e.decision,
                       e.decided_by, e.decided_at, e.review_comment
                  from recipient r join extension_request e on e.unit_id = r.unit_id
                  join assignment a on a.id = e.assignment_id and a.directive_id = r.directive_id
                 where r.id = :r
                """, params, rs -> {
            String what = "Nhiệm vụ số " + rs.getInt("position");
            decisions.add(new Raw(instant(rs.getTimestamp("requested_at")), what,
                    "Xin gia hạn đến " + rs.getDate("requested_deadline").toLocalDate().format(DAY),
                    rs.getString("reason"), rs.getString("requested_by")));
            if (rs.getTimestamp("decided_at") != null) {
                decisions.add(new Raw(instant(rs.getTimestamp("decided_at")), what,
                        "APPROVED".equals(rs.getString("decision")) ? "Đồng ý gia hạn" : "Không đồng ý gia hạn",
                        rs.getString("review_comment"), rs.getString("decided_by")));
            }
        });
        List<RawReport> reports = jdbc.query("""
                select content, evidence, submitted_by, submitted_at, decision, decided_by, decided_at, review_comment
                  from report where recipient_id = :r order by submitted_at, id
                """, params, (rs, i) -> new RawReport(instant(rs.getTimestamp("submitted_at")),
                rs.getString("submitted_by"), rs.getString("content"), rs.getString("evidence"),
                rs.getString("decision"), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
                rs.getString("review_comment")));
        reports.stream().filter(r -> r.decidedAt() != null).forEach(r -> decisions.add(new Raw(r.decidedAt(),
                "Duyệt báo cáo", reportLabel(r.decision()), r.reviewComment(), r.decidedBy())));
        return assemble(d, unit, steps, decisions, reports, stepProcessIds(steps), unit.unitName());
    }

    private DirectiveHistory assemble(DirectiveProgress d, UnitProgress unit, List<ProcessHistory.CompletedStep> steps,
                                      List<Raw> decisions, List<RawReport> reports, Set<String> processIds,
                                      String unitName) {
        List<ProcessHistory.Comment> comments = processIds.isEmpty() ? List.of() : engineHistory.comments(processIds);
        Set<String> users = new HashSet<>();
        steps.forEach(s -> users.add(s.userId()));
        decisions.forEach(r -> users.add(r.userId()));
        comments.forEach(c -> users.add(c.userId()));
        reports.forEach(r -> {
            users.add(r.submittedBy());
            users.add(r.decidedBy());
        });
        users.remove(null);
        Map<String, String> names = users.isEmpty() ? Map.of() : engineHistory.fullNames(users);

        List<DirectiveHistory.Step> stepLines = steps.stream()
                .sorted(Comparator.comparing(ProcessHistory.CompletedStep::completedAt))
                .map(s -> new DirectiveHistory.Step(s.taskName(), s.userId(), name(names, s.userId()), unitName,
                        s.startedAt(), s.completedAt()))
                .toList();
        List<DirectiveHistory.Decision> decisionLines = Stream.concat(
                        decisions.stream().map(r -> new DirectiveHistory.Decision(r.at(), r.what(), r.decision(),
                                r.comment(), r.userId(), name(names, r.userId()))),
                        comments.stream().map(c -> new DirectiveHistory.Decision(c.at(), "Ý kiến", "", c.text(),
                                c.userId(), name(names, c.userId()))))
                .sorted(Comparator.comparing(DirectiveHistory.Decision::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<DirectiveHistory.Report> reportLines = reports.stream().map(r -> new DirectiveHistory.Report(
                r.submittedAt(), r.submittedBy(), name(names, r.submittedBy()), r.content(), r.evidence(), r.decision(),
                reportLabel(r.decision()), r.decidedAt(), r.decidedBy(), name(names, r.decidedBy()), r.reviewComment()))
                .toList();
        return new DirectiveHistory(d, unit, stepLines, decisionLines, reportLines);
    }

    private static Set<String> stepProcessIds(List<ProcessHistory.CompletedStep> steps) {
        return steps.stream().map(ProcessHistory.CompletedStep::processInstanceId).collect(Collectors.toSet());
    }

    private static String name(Map<String, String> names, String userId) {
        return userId == null ? null : names.getOrDefault(userId, userId);
    }

    private static String support(String persons) {
        return persons == null || persons.isBlank() ? null : "Phối hợp: " + persons;
    }

    static String stepLabel(String step) {
        try {
            return ReviewStep.valueOf(step).label();
        } catch (IllegalArgumentException e) {
            return step;
        }
    }

    static String reviewLabel(String step, String decision) {
        try {
            return switch (ReviewDecision.valueOf(decision)) {
                case PASS -> ReviewStep.APPROVAL.name().equals(step) ? "Duyệt ký" : "Đạt";
                case RETURN -> "Trả lại";
                case REJECT -> "Không duyệt";
            };
        } catch (IllegalArgumentException e) {
            return decision;
        }
    }

    static String reportLabel(String decision) {
        return switch (decision) {
            case "ACCEPTED" -> "Chấp nhận";
            case "RETURNED" -> "Trả lại";
            case "PENDING" -> "Chờ duyệt";
            default -> decision;
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Raw(Instant at, String what, String decision, String comment, String userId) {
    }

    private record RawReport(Instant submittedAt, String submittedBy, String content, String evidence, String decision,
                             Instant decidedAt, String decidedBy, String reviewComment) {
    }
}
