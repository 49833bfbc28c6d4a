package vn.dang.chidao.process;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

/** Every variable of the unit-work process, declared once. */
public final class UnitWorkVariables {

    private UnitWorkVariables() {
    }

    public static final String PROCESS_KEY = "unit-work";
    /** One instance per unit and recurring assignment: its rounds. */
    public static final String ROUNDS_PROCESS_KEY = "periodic-assignment";
    public static final String MESSAGE_DIRECTIVE_CLOSED = "DirectiveClosed";
    /** Starts one periodic-assignment instance (its message start event) per recurring assignment of a unit. */
    public static final String MESSAGE_RECURRING_WORK_STARTED = "RecurringWorkStarted";

    // set at start by the dispatch
    public static final Var<Long> DIRECTIVE_ID = DirectiveVariables.DIRECTIVE_ID;
    public static final Var<Long> RECIPIENT_ID = Var.of("recipientId", Long.class);
    public static final Var<String> UNIT_GROUP = Var.of("unitGroup", String.class);
    public static final Var<String> UNIT_NAME = Var.of("unitName", String.class);
    public static final Var<String> TRACKING_GROUP = DirectiveVariables.TRACKING_GROUP;
    public static final Var<String> DOCUMENT_NUMBER = DirectiveVariables.DOCUMENT_NUMBER;
    public static final Var<String> SUBJECT = DirectiveVariables.SUBJECT;

    /** The unit's assignments, read-only on its forms. */
    public static final JsonVar<List<Map<String, Object>>> MY_ASSIGNMENTS =
            JsonVar.of("myAssignments", new TypeReference<>() { }, "Nhiệm vụ của đơn vị");

    /**
     * Set transiently (never stored) when the unit's work closes: whether it was the directive's last unit, so
     * the model's gateway sends AllReportsAccepted to the directive.
     */
    public static final Var<Boolean> LAST_UNIT_CLOSED = Var.of("lastUnitClosed", Boolean.class);

    /** Whether the unit may issue directives itself (then it may implement this one by its own). */
    public static final Var<Boolean> UNIT_CAN_ISSUE = Var.of("unitCanIssue", Boolean.class);

    // acknowledgement form
    public static final Var<String> LEAD_PERSON = Var.of("leadPerson", String.class);
    public static final Var<String> SUPPORT_PERSONS = Var.of("supportPersons", String.class);
    /** "direct", or "cascade": the unit implements by issuing its own directive. */
    public static final Var<String> IMPLEMENTATION_MODE = Var.of("implementationMode", String.class);
    /** CV, KH or HD: the type of the unit's own directive. */
    public static final Var<String> CHILD_TYPE = Var.of("childType", String.class);

    // the unit's own directive (call activity)
    public static final Var<String> CHILD_PROCESS_KEY = Var.of("childProcessKey", String.class);
    public static final Var<String> CASCADE_DRAFTER = Var.of("cascadeDrafter", String.class);
    public static final Var<String> CASCADE_SUBJECT = Var.of("cascadeSubject", String.class);
    public static final Var<String> CASCADE_BASIS = Var.of("cascadeBasis", String.class);
    public static final Var<Long> CHILD_DIRECTIVE_ID = Var.of("childDirectiveId", Long.class);
    public static final Var<String> CHILD_DECISION = Var.of("childDecision", String.class);

    // one assignment (local to each parallel instance)
    public static final Var<Long> ASSIGNMENT_ID = Var.of("assignmentId", Long.class);
    public static final Var<String> ASSIGNMENT_TITLE = Var.of("assignmentTitle", String.class);
    public static final Var<String> ASSIGNMENT_CONTENT = Var.of("assignmentContent", String.class);
    public static final Var<String> ASSIGNMENT_DEADLINE = Var.of("assignmentDeadline", String.class);
    public static final Var<Date> ASSIGNMENT_DUE_AT = Var.of("assignmentDueAt", Date.class);
    public static final Var<Date> REMINDER_AT = Var.of("reminderAt", Date.class);
    public static final Var<String> RESULT_NOTE = Var.of("resultNote", String.class);
    /** "done" or "extend" (xin gia hạn), chosen on the assignment task. */
    public static final Var<String> ASSIGNMENT_ACTION = Var.of("assignmentAction", String.class);
    public static final Var<String> EXTENSION_REASON = Var.of("extensionReason", String.class);
    /** The date asked for, yyyy-MM-dd from the date picker. */
    public static final Var<String> EXTENSION_DATE = Var.of("extensionDate", String.class);
    /** The office's answer: "approve" or "refuse", with a comment. */
    public static final Var<String> EXTENSION_DECISION = Var.of("extensionDecision", String.class);
    public static final Var<String> EXTENSION_COMMENT = Var.of("extensionComment", String.class);
    /** What the unit is told on its task after the office decided. */
    public static final Var<String> EXTENSION_NOTE = Var.of("extensionNote", String.class);

    // rounds of a recurring assignment (periodic-assignment)
    /** The current round's due date, yyyy-MM-dd; empty before the first. */
    public static final Var<String> ROUND_DUE_DATE = Var.of("roundDueDate", String.class);
    public static final Var<Boolean> HAS_ROUND = Var.of("hasRound", Boolean.class);

    /** Due date of the unit's report: the end of its last one-off deadline in force. */
    public static final Var<Date> REPORT_DUE_AT = Var.of("reportDueAt", Date.class);

    // report form
    public static final Var<String> REPORT_CONTENT = Var.of("reportContent", String.class);
    public static final Var<String> REPORT_EVIDENCE = Var.of("reportEvidence", String.class);
    public static final Var<String> REPORT_RETURN_COMMENT = Var.of("reportReturnComment", String.class);

    // review form
    public static final Var<String> REVIEW_DECISION = Var.of("reviewDecision", String.class);
    public static final Var<String> REVIEW_COMMENT = Var.of("reviewComment", String.class);
    public static final Var<Boolean> REPORT_ACCEPTED = Var.of("reportAccepted", Boolean.class);
}
