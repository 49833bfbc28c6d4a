package vn.dang.chidao.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DraftValidator;
import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/**
 * A unit's report of results (written, or its own directive's summary), the issuing office's review of it, and the
 * close of the unit's work once accepted.
 */
@Service
public class UnitReports {

    static final int MAX_REPORT = 100_000;
    static final int MAX_EVIDENCE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final RecipientRepository recipients;
    private final UnitWorkAccess access;
    private final DirectiveRepository directives;
    private final Clock clock;

    public UnitReports(NamedParameterJdbcTemplate jdbc, RecipientRepository recipients, UnitWorkAccess access,
                       DirectiveRepository directives, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.access = access;
        this.directives = directives;
        this.clock = clock;
    }

    @Transactional
    public void submitReport(long recipientId, String content, String evidence, Actor actor) {
        access.requireUnitMember(recipients.get(recipientId), actor);
        Problems problems = new Problems();
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
        problems.add(DraftValidator.textProblem(content, "Nội dung báo cáo"));
        problems.add(DraftValidator.textProblem(evidence, "Tài liệu kiểm chứng"));
        problems.throwIfAny();
        Timestamp now = now();
        if (!recipients.move(recipientId, RecipientStatus.REPORTED, "reported_at", now)) {
            throw new InvalidInputException("Đơn vị không ở bước báo cáo kết quả (đã báo cáo hoặc đã được duyệt).");
        }
        jdbc.update("insert into report (recipient_id, content, evidence, submitted_by, submitted_at, decision) "
                        + "values (:r, :content, :evidence, :user, :now, 'PENDING')",
                new MapSqlParameterSource().addValue("r", recipientId).addValue("content", content.strip())
                        .addValue("evidence", evidence.strip()).addValue("user", actor.userId()).addValue("now", now));
    }

    /** @return true when accepted, false when returned to the unit */
    @Transactional
    public boolean reviewReport(long recipientId, String decision, String comment, Actor actor) {
        access.requireTrackingOffice(recipients.get(recipientId), actor);
        boolean accept;
        if ("accept".equals(decision)) {
            accept = true;
        } else if ("return".equals(decision)) {
            accept = false;
        } else {
            throw new InvalidInputException("Chưa chọn kết quả duyệt báo cáo (chấp nhận hoặc trả lại).");
        }
        Problems problems = new Problems();
        if (!accept && (comment == null || comment.isBlank())) {
            problems.add("Vui lòng ghi lý do khi trả lại báo cáo.");
        }
        problems.add(DraftValidator.textProblem(comment, "Ý kiến"));
        problems.throwIfAny();
        int rows = jdbc.update("update report set decision = :decision, decided_by = :user, decided_at = :now, "
                        + "review_comment = :comment where recipient_id = :r and decision = 'PENDING'",
                new MapSqlParameterSource().addValue("decision", accept ? "ACCEPTED" : "RETURNED")
                        .addValue("user", actor.userId()).addValue("now", now())
                        .addValue("comment", comment == null || comment.isBlank() ? null : comment.strip())
                        .addValue("r", recipientId));
        if (rows != 1) {
            throw new InvalidInputException("Không có báo cáo nào đang chờ duyệt.");
        }
        if (!accept && !recipients.move(recipientId, RecipientStatus.RETURNED, null, null)) {
            throw new IllegalStateException("recipient " + recipientId + " has a pending report but is not REPORTED");
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
        Recipient r = recipients.get(recipientId);
        Directive directive = directives.lock(r.directiveId());
        if (!recipients.move(recipientId, RecipientStatus.ACCEPTED, "accepted_at", now())) {
            throw new IllegalStateException("recipient " + recipientId + " is closed without an accepted report");
        }
        if (recipients.countNotIn(r.directiveId(), RecipientStatus.ACCEPTED) == 0
                && directive.status() == DirectiveStatus.ISSUED) {
            directives.setStatus(directive.id(), DirectiveStatus.COMPLETED, clock.instant());
            return true;
        }
        return false;
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
        Timestamp now = now();
        if (!recipients.move(recipientId, RecipientStatus.REPORTED, "reported_at", now)) {
            throw new IllegalStateException("recipient " + recipientId + " is not waiting for a report");
        }
        ChildReport report = new ChildReport(content.toString().strip(),
                child.type().label() + " số " + child.documentNumber());
        jdbc.update("insert into report (recipient_id, content, evidence, submitted_by, submitted_at, decision, "
                        + "child_directive_id) values (:r, :content, :evidence, :user, :now, 'PENDING', :child)",
                new MapSqlParameterSource().addValue("r", recipientId).addValue("content", report.content())
                        .addValue("evidence", report.evidence()).addValue("user", child.signerId())
                        .addValue("now", now).addValue("child", childDirectiveId));
        return report;
    }

    /** The report a unit's own directive makes upward. */
    public record ChildReport(String content, String evidence) {
    }

    /** The office's comment on the last returned report, shown to the unit when it reports again. */
    public String lastReturnComment(long recipientId) {
        return jdbc.queryForList("select review_comment from report where recipient_id = :r and decision = 'RETURNED' "
                + "order by submitted_at desc, id desc", Map.of("r", recipientId), String.class).stream()
                .findFirst().orElse(null);
    }

    /** The unit's own directive issued to implement this recipient's (cascade), the latest one. */
    public long childDirective(long recipientId) {
        return jdbc.queryForObject("select max(id) from directive where parent_recipient_id = :r",
                Map.of("r", recipientId), Long.class);
    }

    /** The instance of the directive the unit works on, which learns when the last unit is done. */
    public String directiveProcessInstance(long recipientId) {
        return recipients.directiveProcessInstance(recipientId);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
