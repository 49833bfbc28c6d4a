package vn.dang.chidao.process;

import java.util.Map;

/**
 * Who may complete each user task, in one place: the models' assignee and candidate expressions name the same
 * {@link TaskAuthority} methods (ModelContractTest checks it), the engine lets only those users claim and complete
 * the task, and the recording step behind it checks the acting user against the tables again
 * (DirectiveAuthority). What each task accepts is its deployed form's fields (InputGuard).
 */
public final class TaskRoles {

    private TaskRoles() {
    }

    public enum Role {
        /** The user who asked for the directive: {@code taskAuthority.drafter}. */
        DRAFTER("drafter"),
        /** The issuing body's office head: {@code taskAuthority.officeHeadGroup}. */
        OFFICE_HEAD("officeHeadGroup"),
        /** The signer chosen on the draft, among the body's signers: {@code taskAuthority.signer}. */
        SIGNER("signer"),
        /** The issuing body's office: {@code taskAuthority.trackingGroup}. */
        TRACKING_OFFICE("trackingGroup"),
        /** Members of the recipient unit: {@code taskAuthority.unitGroup}. */
        UNIT("unitGroup"),
        /** The văn thư of the body receiving an incoming document: {@code taskAuthority.registryGroup}. */
        REGISTRY("registryGroup"),
        /** The leaders of the body receiving an incoming document: {@code taskAuthority.leaderGroup}. */
        LEADERS("leaderGroup"),
        /** The office of the body receiving an incoming document: {@code taskAuthority.incomingOfficeGroup}. */
        INCOMING_OFFICE("incomingOfficeGroup"),
        /** The signer the office chose for the báo cáo upward: {@code taskAuthority.upwardReportSigner}. */
        REPORT_SIGNER("upwardReportSigner");

        private final String authority;

        Role(String authority) {
            this.authority = authority;
        }

        /** The {@link TaskAuthority} method the models name for this role. */
        public String authority() {
            return authority;
        }
    }

    public static final Map<String, Role> OF_TASK = Map.ofEntries(
            Map.entry("Task_DraftDirective", Role.DRAFTER),
            Map.entry("Task_CheckFormat", Role.OFFICE_HEAD),
            Map.entry("Task_ApproveDirective", Role.SIGNER),
            Map.entry("Task_AcknowledgeReceipt", Role.UNIT),
            Map.entry("Task_CarryOutAssignment", Role.UNIT),
            Map.entry("Task_ReviewExtension", Role.TRACKING_OFFICE),
            Map.entry("Task_ReportResult", Role.UNIT),
            Map.entry("Task_ReviewReport", Role.TRACKING_OFFICE),
            Map.entry("Task_CarryOutRound", Role.UNIT),
            Map.entry("Task_ReviewSummary", Role.TRACKING_OFFICE),
            Map.entry("Task_EndTracking", Role.TRACKING_OFFICE),
            Map.entry("Task_RegisterIncoming", Role.REGISTRY),
            Map.entry("Task_DirectIncoming", Role.LEADERS),
            Map.entry("Task_ReportUpward", Role.INCOMING_OFFICE),
            Map.entry("Task_SignUpwardReport", Role.REPORT_SIGNER));
}
