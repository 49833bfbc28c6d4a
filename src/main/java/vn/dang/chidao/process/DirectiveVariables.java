package vn.dang.chidao.process;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

/** Every variable of the directive processes (Công văn, Kế hoạch, Hướng dẫn and their shared steps), declared once. */
public final class DirectiveVariables {

    private DirectiveVariables() {
    }

    /** Set by the start event: who started the directive and drafts it. */
    public static final Var<String> INITIATOR = Var.of("initiator", String.class);
    /** Set by the type process (cong-van, ke-hoach, huong-dan) on its call activities: CV, KH, HD. */
    public static final Var<String> DIRECTIVE_TYPE = Var.of("directiveType", String.class);
    /** "Công văn", "Kế hoạch" … for headings of the shared forms. */
    public static final Var<String> DIRECTIVE_TYPE_NAME = Var.of("directiveTypeName", String.class);
    /** The type process's instance: the one the last unit wakes up. */
    public static final Var<String> DIRECTIVE_PROCESS_INSTANCE_ID = Var.of("directiveProcessInstanceId", String.class);

    // submitted by the draft form
    public static final Var<String> ISSUER = Var.of("issuer", String.class);
    public static final Var<String> SUBJECT = Var.of("subject", String.class);
    public static final Var<String> BASIS = Var.of("basis", String.class);
    public static final Var<String> BODY = Var.of("body", String.class);
    /** Kế hoạch: "Mục đích, yêu cầu". */
    public static final Var<String> PURPOSE = Var.of("purpose", String.class);
    /** Kế hoạch: "Tổ chức thực hiện". */
    public static final Var<String> ORGANIZATION = Var.of("organization", String.class);
    /** The closing sentence after the tasks ("Yêu cầu các … thực hiện./."); optional. */
    public static final Var<String> CLOSING = Var.of("closing", String.class);
    public static final JsonVar<List<String>> RECIPIENTS =
            JsonVar.of("recipients", new TypeReference<>() { }, "Kính gửi");
    public static final JsonVar<List<AssignmentItem>> ASSIGNMENTS =
            JsonVar.of("assignments", new TypeReference<>() { }, "Nhiệm vụ");
    public static final Var<String> DISTRIBUTION = Var.of("distribution", String.class);
    public static final Var<String> SIGNER = Var.of("signer", String.class);
    /** Days before a deadline to remind the unit (default 3). */
    public static final Var<Long> REMINDER_DAYS = Var.of("reminderDays", Long.class);

    // pickers of the draft form, filled from the directory
    public static final JsonVar<List<Option>> ISSUER_OPTIONS =
            JsonVar.of("issuerOptions", new TypeReference<>() { }, "Cơ quan ban hành");
    public static final JsonVar<List<Option>> UNIT_OPTIONS =
            JsonVar.of("unitOptions", new TypeReference<>() { }, "Danh mục đơn vị");
    public static final JsonVar<List<Option>> SIGNER_OPTIONS =
            JsonVar.of("signerOptions", new TypeReference<>() { }, "Người ký");
    /** Deadline phrases to copy, as of the day the draft task opened (never dates already past). */
    public static final Var<String> DEADLINE_EXAMPLES = Var.of("deadlineExamples", String.class);

    public static final Var<Long> DIRECTIVE_ID = Var.of("directiveId", Long.class);
    /** Set when this directive implements a parent one: the parent's recipient row it answers. */
    public static final Var<Long> PARENT_RECIPIENT_ID = Var.of("parentRecipientId", Long.class);
    public static final Var<String> SIGNER_GROUP = Var.of("signerGroup", String.class);
    public static final Var<String> OFFICE_HEAD_GROUP = Var.of("officeHeadGroup", String.class);
    public static final Var<String> TRACKING_GROUP = Var.of("trackingGroup", String.class);

    // reviews
    public static final Var<String> FORMAT_DECISION = Var.of("formatDecision", String.class);
    public static final Var<String> FORMAT_COMMENT = Var.of("formatComment", String.class);
    public static final Var<String> APPROVAL_DECISION = Var.of("approvalDecision", String.class);
    public static final Var<String> APPROVAL_COMMENT = Var.of("approvalComment", String.class);
    /** The last return's reason, shown on the draft form when it comes back. */
    public static final Var<String> LAST_REVIEW_COMMENT = Var.of("lastReviewComment", String.class);

    public static final Var<String> DOCUMENT_NUMBER = Var.of("documentNumber", String.class);
    public static final Var<String> ISSUED_ON = Var.of("issuedOn", String.class);
    /** Units reached by the dispatch so far (all of them once it has ended). */
    public static final Var<Long> UNIT_COUNT = Var.of("unitCount", Long.class);
    /** Units the dispatch has still to reach: the next batch runs while it is above 0. */
    public static final Var<Long> DISPATCH_REMAINING = Var.of("dispatchRemaining", Long.class);

    // summary
    public static final JsonVar<List<Map<String, Object>>> UNIT_STATUSES =
            JsonVar.of("unitStatuses", new TypeReference<>() { }, "Tình hình thực hiện");
    public static final Var<String> STATUS_COUNTS = Var.of("statusCounts", String.class);
    public static final Var<String> SUMMARY_NOTE = Var.of("summaryNote", String.class);
    /** The office confirms on "Kết thúc theo dõi văn bản" that the remaining rounds stop. */
    public static final Var<Boolean> CONFIRM_END = Var.of("confirmEnd", Boolean.class);
    /** Recurring work keeps the directive under tracking after the summary, until the office ends it. */
    public static final Var<Boolean> HAS_RECURRING_ASSIGNMENTS = Var.of("hasRecurringAssignments", Boolean.class);

    /** Message the last accepted unit sends to the directive's instance. */
    public static final String MESSAGE_ALL_REPORTS_ACCEPTED = "AllReportsAccepted";

    /** One row of the dynamic list "Nhiệm vụ" as the form submits it. */
    public record AssignmentItem(String content, List<String> units, String deadline, String resolved) {
    }

    /** A picker option as form-js expects it. */
    public record Option(String label, String value) {
    }
}
