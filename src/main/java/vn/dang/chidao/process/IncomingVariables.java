package vn.dang.chidao.process;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.dang.chidao.process.DirectiveVariables.Option;

/** Every variable of the Văn bản đến process, declared once. Ids live in the tables, bound to the instance. */
public final class IncomingVariables {

    private IncomingVariables() {
    }

    public static final String PROCESS_KEY = "incoming-document";
    /** The business key our endpoint starts an instance with: "incoming:" + the register row's id. */
    public static final String BUSINESS_KEY_PREFIX = "incoming:";

    // the registration form: the reader's proposal, corrected by the văn thư
    public static final Var<String> INCOMING_TYPE = Var.of("incomingType", String.class);
    public static final Var<String> INCOMING_NUMBER = Var.of("incomingNumber", String.class);
    public static final Var<String> INCOMING_ISSUING_BODY = Var.of("incomingIssuingBody", String.class);
    public static final Var<String> INCOMING_ISSUED_ON = Var.of("incomingIssuedOn", String.class);
    public static final Var<String> INCOMING_SUBJECT = Var.of("incomingSubject", String.class);
    public static final Var<String> RECEIVED_ON = Var.of("receivedOn", String.class);
    public static final Var<String> REPORT_DEADLINE = Var.of("reportDeadline", String.class);
    public static final Var<String> REPORT_TO = Var.of("reportTo", String.class);
    /** What the reader could not read with confidence, one warning per line. */
    public static final Var<String> READER_WARNINGS = Var.of("readerWarnings", String.class);
    /** A link to the original file, for the forms. */
    public static final Var<String> ORIGINAL_LINK = Var.of("originalLink", String.class);
    public static final JsonVar<List<Option>> TYPE_OPTIONS =
            JsonVar.of("incomingTypeOptions", new TypeReference<>() { }, "Loại văn bản");

    // set from the register once registered
    /** "Số đến 12/2026 — 405-CV/BTGTU …": what the leader and the office read at the top of their forms. */
    public static final Var<String> INCOMING_SUMMARY = Var.of("incomingSummary", String.class);
    public static final Var<Boolean> HAS_REPORT_DEADLINE = Var.of("hasReportDeadline", Boolean.class);

    // the leader's direction
    public static final Var<String> DIRECTION = Var.of("direction", String.class);
    public static final Var<String> DIRECTION_NOTE = Var.of("directionNote", String.class);
    public static final JsonVar<List<DirectAssignmentItem>> DIRECT_ASSIGNMENTS =
            JsonVar.of("directAssignments", new TypeReference<>() { }, "Nhiệm vụ giao đơn vị");
    public static final Var<String> IMPLEMENTING_TYPE = Var.of("implementingType", String.class);
    public static final Var<String> DRAFTER = Var.of("drafter", String.class);
    public static final JsonVar<List<Option>> DRAFTER_OPTIONS =
            JsonVar.of("drafterOptions", new TypeReference<>() { }, "Người soạn thảo");
    /** The type process of the implementing directive (cong-van, ke-hoach, huong-dan), from the stored direction. */
    public static final Var<String> IMPLEMENTING_PROCESS_KEY = Var.of("implementingProcessKey", String.class);

    // the báo cáo upward
    /** The units' results so far, for the office writing the report. */
    public static final Var<String> UNIT_RESULTS = Var.of("unitResults", String.class);
    public static final Var<String> REPORT_BODY = Var.of("reportBody", String.class);
    /** The text last proposed; while the office has not changed it, a fresher proposal replaces it. */
    public static final Var<String> REPORT_PROPOSAL = Var.of("reportProposal", String.class);
    public static final Var<String> REPORT_SIGNER = Var.of("reportSigner", String.class);
    /** Timer dates (ISO-8601), from the registered deadline. */
    public static final Var<String> REPORT_REMINDER_AT = Var.of("reportReminderAt", String.class);
    public static final Var<String> REPORT_DUE_AT = Var.of("reportDueAt", String.class);
    public static final Var<String> REPORT_DECISION = Var.of("reportDecision", String.class);
    public static final Var<String> REPORT_COMMENT = Var.of("reportComment", String.class);
    /** The signer's last comment when returning the report, shown to the office. */
    public static final Var<String> LAST_REPORT_COMMENT = Var.of("lastReportComment", String.class);
    public static final Var<String> REPORT_LINKS = Var.of("reportLinks", String.class);

    /** One row of the leader's assignment table: who leads (chủ trì), who supports (phối hợp), by when. */
    public record DirectAssignmentItem(String content, String lead, List<String> support, String deadline) {
    }
}
