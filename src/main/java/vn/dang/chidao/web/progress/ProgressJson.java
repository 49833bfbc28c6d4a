package vn.dang.chidao.web.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.incoming.Direction;
import vn.dang.chidao.incoming.IncomingRegister;
import vn.dang.chidao.progress.DirectiveHistory;
import vn.dang.chidao.progress.DirectiveProgress;
import vn.dang.chidao.progress.IncomingLink;
import vn.dang.chidao.progress.Issuer;
import vn.dang.chidao.progress.ProgressPage;
import vn.dang.chidao.progress.StatusCounts;
import vn.dang.chidao.progress.UnitProgress;

/** The JSON of /api/progress: codes for programs, Vietnamese labels for people; dates ISO-8601. */
final class ProgressJson {

    private ProgressJson() {
    }

    static final Map<DirectiveStatus, String> DIRECTIVE_STATUS = Map.of(
            DirectiveStatus.DRAFT, "Đang soạn thảo",
            DirectiveStatus.REJECTED, "Không được duyệt",
            DirectiveStatus.ISSUED, "Đang thực hiện",
            DirectiveStatus.COMPLETED, "Đã hoàn thành, đang tổng hợp",
            DirectiveStatus.ARCHIVED, "Đã tổng hợp, lưu trữ");

    static final Map<RecipientStatus, String> RECIPIENT_STATUS = Map.of(
            RecipientStatus.DRAFT, "Chưa phát hành",
            RecipientStatus.DISPATCHED, "Đã gửi, chưa xác nhận",
            RecipientStatus.ACKNOWLEDGED, "Đang thực hiện",
            RecipientStatus.REPORTED, "Đã báo cáo, chờ duyệt",
            RecipientStatus.RETURNED, "Báo cáo bị trả lại",
            RecipientStatus.ACCEPTED, "Báo cáo đã được duyệt");

    record Page(LocalDate asOf, int total, int page, int size, List<Directive> items) {
        static Page of(ProgressPage page, LocalDate asOf, Set<String> running) {
            return new Page(asOf, page.total(), page.page(), page.size(),
                    page.items().stream().map(d -> Directive.of(d, null, running)).toList());
        }
    }

    record Counts(int inTime, int overdue, int doneInTime, int doneLate) {
        static Counts of(StatusCounts c) {
            return new Counts(c.inTime(), c.overdue(), c.doneInTime(), c.doneLate());
        }
    }

    /**
     * A directive; units is null in the list and present in the detail. processRunning tells whether its
     * process instance still runs (Cockpit shows running instances only).
     */
    record Directive(long directiveId, String documentNumber, String subject, String type, String typeLabel,
                     String issuerCode, String issuerName, LocalDate issuedOn, String status, String statusLabel,
                     String processInstanceId, boolean processRunning, int unitCount, Counts counts,
                     int reportsReceived, int reportsAccepted,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Unit> units,
                     @JsonInclude(JsonInclude.Include.NON_NULL) IncomingLink incoming) {
        static Directive of(DirectiveProgress d, List<Unit> units, Set<String> running) {
            return new Directive(d.directiveId(), d.documentNumber(), d.subject(), d.type().name(), d.type().label(),
                    d.issuerCode(), d.issuerName(), d.issuedOn(), d.status().name(),
                    DIRECTIVE_STATUS.get(d.status()), d.processInstanceId(), running.contains(d.processInstanceId()),
                    d.unitCount(), Counts.of(d.counts()), d.reportsReceived(), d.reportsAccepted(), units,
                    d.incoming());
        }

        static Directive withUnits(DirectiveProgress d, Set<String> running) {
            return of(d, d.units().stream().map(u -> Unit.of(u, running)).toList(), running);
        }
    }

    /** A line of the sổ văn bản đến; {@code reportOverdue}: the deadline to report upward has passed unsigned. */
    record IncomingLine(long id, String receiverCode, String receiverName, String registerLabel, LocalDate receivedOn,
                        String documentNumber, String issuingBody, String subject, String status, String statusLabel,
                        String direction, String directionLabel, String reportDeadlinePhrase, LocalDate reportDeadline,
                        String reportTo, boolean reportOverdue, Long reportDirectiveId, String reportNumber,
                        String processInstanceId, List<IncomingRegister.Implementation> implementations) {
        static IncomingLine of(IncomingRegister.Line l, LocalDate today) {
            return new IncomingLine(l.id(), l.receiverCode(), l.receiverName(), l.registerLabel(), l.receivedOn(),
                    l.documentNumber(), l.issuingBody(), l.subject(), l.status().name(), l.status().label(),
                    l.direction() == null ? null : l.direction().name(),
                    l.direction() == null ? null : l.direction().label(), l.reportDeadlinePhrase(),
                    l.reportDeadline(), l.reportTo(), l.reportDeadline() != null && l.reportNumber() == null
                            && l.direction() != Direction.FOR_INFORMATION && today.isAfter(l.reportDeadline()),
                    l.reportDirectiveId(), l.reportNumber(), l.processInstanceId(), l.implementations());
        }
    }

    record Unit(long recipientId, String unitCode, String unitName, String status, String statusLabel,
                LocalDate deadline, Integer daysLeft, String leadPerson, String recipientStatus,
                String recipientStatusLabel, boolean reportReceived, Instant reportedAt, boolean reportAccepted,
                Instant acceptedAt, String processInstanceId, boolean processRunning) {
        static Unit of(UnitProgress u, Set<String> running) {
            return new Unit(u.recipientId(), u.unitCode(), u.unitName(), u.status().name(), u.status().label(),
                    u.deadline(), u.daysLeft(), u.leadPerson(), u.recipientStatus().name(),
                    RECIPIENT_STATUS.get(u.recipientStatus()), u.reportReceived(),
                    u.reportedAt(), u.reportAccepted(), u.acceptedAt(), u.processInstanceId(),
                    running.contains(u.processInstanceId()));
        }
    }

    record Detail(LocalDate asOf, Directive directive) {
    }

    /** The directive behind a Cockpit process instance page; recipientId set for a unit's instance. */
    record ForInstance(LocalDate asOf, Long recipientId, Directive directive) {
    }

    record Issuers(List<Issuer> issuers) {
    }

    /** A directive's history, or one unit's (unit set). */
    record History(LocalDate asOf, Directive directive, @JsonInclude(JsonInclude.Include.NON_NULL) Unit unit,
                   List<DirectiveHistory.Step> steps, List<DirectiveHistory.Decision> decisions,
                   List<DirectiveHistory.Report> reports) {
        static History of(DirectiveHistory h, LocalDate asOf, Set<String> running) {
            return new History(asOf, Directive.withUnits(h.directive(), running),
                    h.unit() == null ? null : Unit.of(h.unit(), running), h.steps(), h.decisions(), h.reports());
        }
    }

    /**
     * Names for people where Cockpit shows codes: process keys, group (unit) codes, variable names and
     * their coded values.
     */
    record Labels(Map<String, String> processes, Map<String, String> groups, Map<String, String> variables,
                  Map<String, Map<String, String>> values, List<Option> unitStatuses, List<Option> types,
                  List<Option> directiveStatuses) {
    }

    /** A code and its label, in the order the board shows them. */
    record Option(String code, String label) {
    }

    record Error(String message) {
    }
}
