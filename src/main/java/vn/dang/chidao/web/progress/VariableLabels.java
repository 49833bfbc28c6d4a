package vn.dang.chidao.web.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Vietnamese labels of the process variables (DirectiveVariables, UnitWorkVariables) and of their coded
 * values, for Cockpit's variable tables: a manager reads "Quyết định trình ký = Duyệt ký", the technical name
 * stays in the tooltip. VariableLabelsTest keeps every declared variable labelled.
 */
final class VariableLabels {

    private VariableLabels() {
    }

    static final Map<String, String> NAMES = names();
    static final Map<String, Map<String, String>> VALUES = values();

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("initiator", "Người khởi tạo");
        m.put("directiveType", "Loại văn bản");
        m.put("directiveTypeName", "Tên loại văn bản");
        m.put("directiveProcessInstanceId", "Mã quy trình văn bản");
        m.put("issuer", "Cơ quan ban hành");
        m.put("subject", "Trích yếu");
        m.put("basis", "Căn cứ");
        m.put("body", "Nội dung");
        m.put("purpose", "Mục đích, yêu cầu");
        m.put("organization", "Tổ chức thực hiện");
        m.put("closing", "Câu kết thúc");
        m.put("recipients", "Kính gửi");
        m.put("assignments", "Nhiệm vụ");
        m.put("distribution", "Nơi nhận");
        m.put("signer", "Người ký");
        m.put("reminderDays", "Số ngày nhắc trước hạn");
        m.put("issuerOptions", "Danh sách cơ quan ban hành");
        m.put("unitOptions", "Danh mục đơn vị");
        m.put("signerOptions", "Danh sách người ký");
        m.put("directiveId", "Mã văn bản");
        m.put("parentRecipientId", "Mã đơn vị nhận văn bản cấp trên");
        m.put("signerGroup", "Nhóm lãnh đạo ký");
        m.put("officeHeadGroup", "Nhóm Chánh Văn phòng");
        m.put("trackingGroup", "Nhóm theo dõi");
        m.put("formatDecision", "Kết quả kiểm tra thể thức");
        m.put("formatComment", "Ý kiến kiểm tra thể thức");
        m.put("approvalDecision", "Quyết định trình ký");
        m.put("approvalComment", "Ý kiến trình ký");
        m.put("lastReviewComment", "Ý kiến trả lại gần nhất");
        m.put("documentNumber", "Số, ký hiệu");
        m.put("issuedOn", "Ngày ban hành");
        m.put("unitCount", "Số đơn vị đã phát hành");
        m.put("deadlineExamples", "Ví dụ cách ghi thời hạn");
        m.put("lastUnitClosed", "Đơn vị cuối cùng đã xong");
        m.put("dispatchRemaining", "Số đơn vị chờ phát hành");
        m.put("unitStatuses", "Tình hình thực hiện");
        m.put("statusCounts", "Thống kê tình trạng");
        m.put("summaryNote", "Nhận xét tổng hợp");
        m.put("confirmEnd", "Xác nhận kết thúc theo dõi");
        m.put("hasRecurringAssignments", "Có nhiệm vụ định kỳ");
        m.put("recipientId", "Mã đơn vị nhận");
        m.put("unitGroup", "Đơn vị");
        m.put("unitName", "Tên đơn vị");
        m.put("notificationId", "Mã thông báo");
        m.put("myAssignments", "Nhiệm vụ của đơn vị");
        m.put("unitCanIssue", "Đơn vị được ban hành văn bản");
        m.put("leadPerson", "Người chủ trì");
        m.put("supportPersons", "Người phối hợp");
        m.put("implementationMode", "Cách triển khai");
        m.put("childType", "Loại văn bản triển khai");
        m.put("childProcessKey", "Quy trình văn bản triển khai");
        m.put("cascadeDrafter", "Người soạn văn bản triển khai");
        m.put("cascadeSubject", "Trích yếu văn bản triển khai");
        m.put("cascadeBasis", "Căn cứ văn bản triển khai");
        m.put("childDirectiveId", "Mã văn bản triển khai");
        m.put("childDecision", "Kết quả văn bản triển khai");
        m.put("assignmentId", "Mã nhiệm vụ");
        m.put("assignmentTitle", "Tên nhiệm vụ");
        m.put("assignmentContent", "Nội dung nhiệm vụ");
        m.put("assignmentDeadline", "Hạn nhiệm vụ");
        m.put("assignmentDueAt", "Hạn xử lý nhiệm vụ");
        m.put("reminderAt", "Thời điểm nhắc hạn");
        m.put("resultNote", "Kết quả thực hiện");
        m.put("assignmentAction", "Hoàn thành hay xin gia hạn");
        m.put("extensionReason", "Lý do xin gia hạn");
        m.put("extensionDate", "Ngày xin gia hạn đến");
        m.put("extensionDecision", "Quyết định gia hạn");
        m.put("extensionComment", "Ý kiến về gia hạn");
        m.put("extensionNote", "Thông báo về gia hạn");
        m.put("roundDueDate", "Hạn của kỳ hiện tại");
        m.put("hasRound", "Còn kỳ báo cáo");
        m.put("reportDueAt", "Hạn báo cáo");
        m.put("reportContent", "Nội dung báo cáo");
        m.put("reportEvidence", "Văn bản, minh chứng");
        m.put("reportReturnComment", "Lý do trả lại báo cáo");
        m.put("reviewDecision", "Kết quả duyệt báo cáo");
        m.put("reviewComment", "Ý kiến duyệt báo cáo");
        m.put("reportAccepted", "Báo cáo được chấp nhận");
        // the engine's own multi-instance counters
        m.put("loopCounter", "Thứ tự lượt");
        m.put("nrOfInstances", "Số lượt");
        m.put("nrOfActiveInstances", "Số lượt đang chạy");
        m.put("nrOfCompletedInstances", "Số lượt đã xong");
        return Map.copyOf(m);
    }

    private static Map<String, Map<String, String>> values() {
        Map<String, String> review = Map.of("pass", "Đạt", "return", "Trả lại", "reject", "Không duyệt");
        return Map.of(
                "formatDecision", review,
                "approvalDecision", Map.of("pass", "Duyệt ký", "return", "Trả lại", "reject", "Không duyệt"),
                "childDecision", Map.of("pass", "Đã ban hành", "return", "Trả lại", "reject", "Không ban hành"),
                "reviewDecision", Map.of("accept", "Chấp nhận", "return", "Trả lại"),
                "extensionDecision", Map.of("approve", "Đồng ý gia hạn", "refuse", "Không đồng ý"),
                "assignmentAction", Map.of("done", "Hoàn thành", "extend", "Xin gia hạn"),
                "implementationMode", Map.of("direct", "Trực tiếp", "cascade", "Ban hành văn bản của đơn vị"),
                "directiveType", Map.of("CV", "Công văn", "KH", "Kế hoạch", "HD", "Hướng dẫn"),
                "childType", Map.of("CV", "Công văn", "KH", "Kế hoạch", "HD", "Hướng dẫn"));
    }
}
