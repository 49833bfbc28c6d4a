package vn.dang.chidao.web.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dang.chidao.administration.ChangeLog;

/** One change-log entry as the administrator reads it: who, when, what, and each field before → after. */
record ChangeView(long id, Instant changedAt, String changedBy, String entity, String entityLabel, String entityKey,
                  String action, String actionLabel, List<FieldChange> fields, String before, String after) {

    record FieldChange(String field, String label, Object before, Object after) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Map<String, String> ENTITIES = Map.of("UNIT", "Đơn vị", "GROUP", "Nhóm nơi nhận", "USER",
            "Người dùng", "MEMBERSHIP", "Vai trò", "SIGNER", "Người ký", "TERM", "Nhiệm kỳ", "IMPORT",
            "Nhập danh mục", "EXPORT", "Xuất danh mục");
    static final Map<String, String> ACTIONS = Map.of("CREATE", "Thêm", "UPDATE", "Sửa", "MOVE", "Chuyển",
            "CLOSE", "Đóng", "DELETE", "Xóa", "MERGE", "Hợp nhất", "DEACTIVATE", "Thôi công tác", "IMPORT", "Nhập",
            "EXPORT", "Xuất");
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("code", "Mã"), Map.entry("name", "Tên"),
            Map.entry("parentId", "Đơn vị cấp trên (mã số)"), Map.entry("kind", "Loại đơn vị"),
            Map.entry("symbol", "Ký hiệu"), Map.entry("headerName", "Dòng cơ quan cấp trên"),
            Map.entry("headerIssuer", "Dòng cơ quan ban hành"), Map.entry("placeName", "Địa danh"),
            Map.entry("email", "Thư điện tử"), Map.entry("canIssue", "Được ban hành văn bản"),
            Map.entry("bodyKind", "Loại cơ quan ký"), Map.entry("collectiveName", "Tên tập thể lãnh đạo"),
            Map.entry("active", "Đang hoạt động"), Map.entry("mergedIntoId", "Hợp nhất vào (mã số)"),
            Map.entry("mergedInto", "Hợp nhất vào"), Map.entry("recipientsMoved", "Số lượt nhận văn bản chuyển theo"),
            Map.entry("recipientsKept", "Số lượt nhận giữ tên cũ"),
            Map.entry("assignmentsMoved", "Số nhiệm vụ chuyển theo"),
            Map.entry("tasksMoved", "Số việc chuyển theo"), Map.entry("unitsMoved", "Số đơn vị trực thuộc chuyển theo"),
            Map.entry("membersAdded", "Số người chuyển theo"), Map.entry("memberKinds", "Loại đơn vị thành viên"),
            Map.entry("memberCodes", "Đơn vị thành viên"), Map.entry("currentMembers", "Thành viên hiện tại"),
            Map.entry("ownerCode", "Cơ quan sở hữu"), Map.entry("ownerName", "Tên cơ quan sở hữu"),
            Map.entry("fullName", "Họ tên"), Map.entry("deactivated", "Đã thôi công tác"),
            Map.entry("memberships", "Đơn vị và vai trò"), Map.entry("otherGroups", "Nhóm khác"),
            Map.entry("tasksReturned", "Số việc trả về đơn vị"), Map.entry("signerRemovedFrom", "Thôi ký cho"),
            Map.entry("userId", "Người dùng"), Map.entry("issuerCode", "Cơ quan ban hành"),
            Map.entry("position", "Chức vụ"), Map.entry("positionTitle", "Chức vụ (in)"),
            Map.entry("authority", "Thẩm quyền ký"), Map.entry("authorityLine", "Dòng thẩm quyền"),
            Map.entry("startsOn", "Ngày bắt đầu"), Map.entry("endsOn", "Ngày kết thúc"), Map.entry("id", "Mã số"),
            Map.entry("rows", "Số dòng"),
            // the directory workbook's rows (administration/workbook) and its import's counts
            Map.entry("parent", "Đơn vị cấp trên"), Map.entry("owner", "Cơ quan sở hữu"),
            Map.entry("kinds", "Loại đơn vị thành viên"), Map.entry("members", "Đơn vị thành viên"),
            Map.entry("user", "Người dùng"), Map.entry("issuer", "Cơ quan ban hành"), Map.entry("file", "Tệp"),
            Map.entry("units", "Đơn vị"), Map.entry("groups", "Nhóm nơi nhận"), Map.entry("signers", "Người ký"),
            Map.entry("terms", "Nhiệm kỳ"));

    static ChangeView of(ChangeLog.Change c) {
        Map<String, Object> before = parse(c.before());
        Map<String, Object> after = parse(c.after());
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> fields = new ArrayList<>();
        for (String key : keys) {
            Object b = before.get(key);
            Object a = after.get(key);
            if (!Objects.equals(b, a)) {
                fields.add(new FieldChange(key, FIELDS.getOrDefault(key, key), b, a));
            }
        }
        return new ChangeView(c.id(), c.changedAt(), c.changedBy(), c.entity(),
                ENTITIES.getOrDefault(c.entity(), c.entity()), c.entityKey(), c.action(),
                ACTIONS.getOrDefault(c.action(), c.action()), fields, c.before(), c.after());
    }

    private static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of("value", json);
        }
    }
}
