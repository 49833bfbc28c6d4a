package vn.dang.chidao.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitSummary;

/** /api/progress over HTTP: who may call it, what they see, and the figures against the database. */
class ProgressRestTest extends ProgressAppTestBase {

    @Autowired
    SummaryService summaries;
    @Autowired
    AuthorizationService authorizations;

    @Override
    String subject() {
        return "V/v tuyên truyền kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam";
    }

    @Test
    void anonymousCallersGet401InVietnamese() {
        ProgressHttp http = new ProgressHttp(port);
        for (String path : List.of("/api/progress", "/api/progress/" + directiveId,
                "/api/progress/" + directiveId + ".xlsx", "/api/progress/issuers",
                "/api/progress/process-instance/" + scenario.directive.getId())) {
            ProgressHttp.Reply reply = http.get(null, path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.json().get("message").asText()).startsWith("Chưa đăng nhập.");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=");
        }
        // the Cockpit plugin asks as a script: no challenge, so no browser login box
        assertThat(http.get(null, "demo", "/api/progress", Map.of("X-Requested-With", "XMLHttpRequest"))
                .header("WWW-Authenticate")).isNull();
        ProgressHttp.Reply wrong = http.get("chibobong2", "sai-mat-khau", "/api/progress", Map.of());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(http.get(null, "x", "/api/progress", Map.of("Authorization", "Bearer abc")).status())
                .isEqualTo(401);
        assertThat(http.get(null, "x", "/api/progress", Map.of("Authorization", "Basic %%%")).status())
                .isEqualTo(401);
    }

    @Test
    void theManagerSeesTheDirectiveWithTheDatabasesFigures() {
        ProgressHttp http = new ProgressHttp(port);
        String issued = scenario.deadline.minusDays(3).toString();
        ProgressHttp.Reply list = http.get("quanly", "/api/progress?issuer=hu-bao-yen&type=CV&from=" + issued
                + "&to=" + issued + "&status=ISSUED");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        assertThat(list.json().get("asOf").asText()).isEqualTo(scenario.now.toString());
        JsonNode item = find(list.json().get("items"), "directiveId", directiveId);
        assertThat(item.get("documentNumber").asText()).isEqualTo(jdbc.queryForObject(
                "select document_number from directive where id = ?", String.class, directiveId));
        assertThat(item.get("typeLabel").asText()).isEqualTo("Công văn");
        assertThat(item.get("issuerName").asText()).isEqualTo("Huyện ủy Bảo Yên");
        assertThat(item.get("statusLabel").asText()).isEqualTo("Đang thực hiện");
        assertThat(item.get("processRunning").asBoolean()).isTrue();
        assertThat(item.has("units")).as("the list carries counts only").isFalse();
        assertThat(item.get("unitCount").asLong())
                .isEqualTo(count("select count(*) from recipient where directive_id = ?", directiveId));
        assertThat(item.get("reportsAccepted").asLong())
                .isEqualTo(count("select count(*) from recipient where directive_id = ? and status = 'ACCEPTED'",
                        directiveId));
        Map<String, Long> expected = summaries.summarize(directiveId).stream()
                .collect(Collectors.groupingBy(s -> s.status().name(), Collectors.counting()));
        JsonNode counts = item.get("counts");
        assertThat(counts.get("inTime").asLong()).isEqualTo(expected.getOrDefault("IN_TIME", 0L)).isEqualTo(1);
        assertThat(counts.get("overdue").asLong()).isEqualTo(expected.getOrDefault("OVERDUE", 0L)).isEqualTo(1);
        assertThat(counts.get("doneInTime").asLong()).isEqualTo(expected.getOrDefault("DONE_IN_TIME", 0L))
                .isEqualTo(1);
        assertThat(counts.get("doneLate").asLong()).isEqualTo(expected.getOrDefault("DONE_LATE", 0L)).isEqualTo(1);

        ProgressHttp.Reply detail = http.get("quanly", "/api/progress/" + directiveId);
        assertThat(detail.status()).isEqualTo(200);
        JsonNode units = detail.json().get("directive").get("units");
        List<Map<String, Object>> recipients = jdbc.queryForList("select r.id, u.code, r.process_instance_id, "
                + "r.status from recipient r join unit u on u.id = r.unit_id where r.directive_id = ? "
                + "order by r.position", directiveId);
        assertThat(units).hasSize(recipients.size());
        List<UnitSummary> lines = summaries.summarize(directiveId);
        for (int i = 0; i < recipients.size(); i++) {
            JsonNode u = units.get(i);
            Map<String, Object> r = recipients.get(i);
            assertThat(u.get("recipientId").asLong()).isEqualTo(((Number) r.get("ID")).longValue());
            assertThat(u.get("unitCode").asText()).isEqualTo(r.get("CODE"));
            assertThat(u.get("processInstanceId").asText()).isEqualTo(r.get("PROCESS_INSTANCE_ID"));
            assertThat(u.get("recipientStatus").asText()).isEqualTo(r.get("STATUS"));
            assertThat(u.get("status").asText()).isEqualTo(lines.get(i).status().name());
            assertThat(u.get("statusLabel").asText()).isEqualTo(lines.get(i).status().label());
            assertThat(u.get("deadline").asText()).isEqualTo(lines.get(i).deadline().toString());
        }
        assertThat(units).extracting(u -> u.get("daysLeft").asInt()).containsExactly(8, -2, -2, 28);
        assertThat(units).extracting(u -> u.get("reportAccepted").asBoolean()).containsExactly(true, true, false,
                false);
        assertThat(units).extracting(u -> u.get("processRunning").asBoolean()).containsExactly(false, false, true,
                true);
        assertThat(units.get(2).get("recipientStatusLabel").asText()).isEqualTo("Đang thực hiện");
    }

    @Test
    void administratorsSeeEverythingAsTheEngineLetsThem() {
        ProgressHttp http = new ProgressHttp(port);
        assertThat(find(http.get("demo", "/api/progress?size=200").json().get("items"), "directiveId", directiveId))
                .isNotNull();
        assertThat(http.get("demo", "/api/progress/" + directiveId).status()).isEqualTo(200);
    }

    @Test
    void aUnitUserWithoutTheGrantSeesNothing() {
        ProgressHttp http = new ProgressHttp(port);
        ProgressHttp.Reply list = http.get("mttq", "/api/progress?status=ALL");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isZero();
        assertThat(list.json().get("items")).isEmpty();
        for (String path : List.of("/api/progress/" + directiveId, "/api/progress/" + directiveId + ".xlsx",
                "/api/progress/process-instance/" + scenario.unitWork.get("mttq-bao-yen"))) {
            ProgressHttp.Reply reply = http.get("mttq", path);
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.json().get("message").asText()).isEqualTo("Bạn không có quyền xem tiến độ của văn bản này.");
        }
    }

    @Test
    void grantsOnOneInstanceOrOneProcessOpenExactlyThat() {
        ProgressHttp http = new ProgressHttp(port);
        Authorization instance = grant("thpt", null, Resources.PROCESS_INSTANCE, scenario.directive.getId(),
                ProcessInstancePermissions.READ);
        try {
            JsonNode items = http.get("thpt", "/api/progress").json().get("items");
            assertThat(items).extracting(i -> i.get("directiveId").asLong()).containsExactly(directiveId);
            assertThat(http.get("thpt", "/api/progress/" + directiveId).status()).isEqualTo(200);
        } finally {
            authorizations.deleteAuthorization(instance.getId());
        }
        Authorization process = grant(null, "btg-bao-yen", Resources.PROCESS_DEFINITION, "cong-van",
                ProcessDefinitionPermissions.READ_INSTANCE);
        try {
            assertThat(find(http.get("tuyengiao", "/api/progress?size=200").json().get("items"), "directiveId",
                    directiveId)).isNotNull();
            assertThat(http.get("tuyengiao", "/api/progress?type=KH").json().get("items")).isEmpty();
        } finally {
            authorizations.deleteAuthorization(process.getId());
        }
        // REVOKEs are honoured against the managers' grants on every instance and every process, as the
        // engine's own process instance query does: revoking one of the two grants is not enough
        Authorization onInstance = revoke("quanly", Resources.PROCESS_INSTANCE, scenario.directive.getId(),
                ProcessInstancePermissions.READ);
        try {
            assertThat(http.get("quanly", "/api/progress/" + directiveId).status()).isEqualTo(200);
            Authorization onProcess = revoke("quanly", Resources.PROCESS_DEFINITION, "cong-van",
                    ProcessDefinitionPermissions.READ_INSTANCE);
            try {
                assertThat(http.get("quanly", "/api/progress/" + directiveId).status()).isEqualTo(403);
                assertThat(find(http.get("quanly", "/api/progress?size=200").json().get("items"), "directiveId",
                        directiveId)).isNull();
            } finally {
                authorizations.deleteAuthorization(onProcess.getId());
            }
        } finally {
            authorizations.deleteAuthorization(onInstance.getId());
        }
        assertThat(http.get("quanly", "/api/progress/" + directiveId).status()).isEqualTo(200);
    }

    @Test
    void theCockpitSessionAuthenticatesUntilLogout() {
        ProgressHttp browser = new ProgressHttp(port);
        assertThat(browser.get(null, "/api/progress").status()).isEqualTo(401);
        assertThat(browser.login("cockpit", "quanly")).isEqualTo(200);
        ProgressHttp.Reply list = browser.get(null, "/api/progress");
        assertThat(list.status()).isEqualTo(200);
        assertThat(find(list.json().get("items"), "directiveId", directiveId)).isNotNull();
        assertThat(browser.get(null, "/api/progress/issuers").json().get("issuers"))
                .extracting(i -> i.get("code").asText()).contains("hu-bao-yen");
        assertThat(browser.logout()).isEqualTo(200);
        assertThat(browser.get(null, "/api/progress").status()).isEqualTo(401);

        ProgressHttp unit = new ProgressHttp(port);
        assertThat(unit.login("cockpit", "mttq")).as("no Cockpit for units").isEqualTo(403);
        assertThat(unit.login("tasklist", "mttq")).isEqualTo(200); // the webapps share one session login
        assertThat(unit.get(null, "/api/progress").json().get("items")).isEmpty();
    }

    @Test
    void badFiltersAndUnknownAddressesAreExplained() {
        ProgressHttp http = new ProgressHttp(port);
        ProgressHttp.Reply bad = http.get("quanly", "/api/progress?from=32/13/2025");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("không hợp lệ").contains("dd/MM/yyyy");
        assertThat(http.get("quanly", "/api/progress?size=0").status()).isEqualTo(400);
        ProgressHttp.Reply missing = http.get("quanly", "/api/progress/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Không tìm thấy văn bản chỉ đạo có mã 987654321.");
        assertThat(http.get("quanly", "/api/progress/99999999999999999999").status()).isEqualTo(404);
        assertThat(http.get("quanly", "/api/progress/khong-co/gi").json().get("message").asText())
                .isEqualTo("Không có địa chỉ này trong API theo dõi thực hiện.");
        assertThat(http.get("quanly", "/api/progress/process-instance/khong-co").json().get("message").asText())
                .isEqualTo("Quy trình này không gắn với văn bản chỉ đạo nào.");
    }

    @Test
    void aProcessInstancePageFindsItsDirective() {
        ProgressHttp http = new ProgressHttp(port);
        JsonNode forUnit = http.get("quanly", "/api/progress/process-instance/"
                + scenario.unitWork.get("du-bao-ha")).json();
        assertThat(forUnit.get("directive").get("directiveId").asLong()).isEqualTo(directiveId);
        assertThat(forUnit.get("recipientId").asLong()).isEqualTo(count(
                "select id from recipient where process_instance_id = ?", scenario.unitWork.get("du-bao-ha")));
        JsonNode forDirective = http.get("quanly", "/api/progress/process-instance/" + scenario.directive.getId())
                .json();
        assertThat(forDirective.get("recipientId").isNull()).isTrue();
        assertThat(forDirective.get("directive").get("units")).hasSize(4);
        // a shared step the directive called (the summary, the approval …) leads to the directive too
        String approval = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(scenario.directive.getId()).processDefinitionKey("draft-and-approve")
                .singleResult().getId();
        assertThat(http.get("quanly", "/api/progress/process-instance/" + approval).json().get("directive")
                .get("directiveId").asLong()).isEqualTo(directiveId);
    }

    @Test
    void theExcelExportHasOneRowPerUnitAndPerAssignment() throws IOException {
        ProgressHttp.Reply reply = new ProgressHttp(port).get("quanly", "/api/progress/" + directiveId + ".xlsx");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String number = jdbc.queryForObject("select document_number from directive where id = ?", String.class,
                directiveId);
        assertThat(reply.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"theo-doi-" + number.replace('/', '-') + ".xlsx\"");

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet summary = book.getSheet("Tổng hợp");
            Sheet tasks = book.getSheet("Nhiệm vụ");
            assertThat(summary).isNotNull();
            assertThat(tasks).isNotNull();
            assertThat(text(summary.getRow(0).getCell(0))).isEqualTo("THEO DÕI THỰC HIỆN VĂN BẢN " + number);

            Row header = summary.getRow(ProgressWorkbook.HEADER_ROW);
            assertThat(cells(header)).containsExactly("STT", "Đơn vị", "Tình trạng", "Hạn cuối",
                    "Số ngày còn (+) / quá hạn (−)", "Người chủ trì", "Đã nhận báo cáo", "Ngày báo cáo",
                    "Đã duyệt báo cáo", "Ngày duyệt");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            List<List<String>> rows = dataRows(summary);
            assertThat(rows).hasSize((int) count("select count(*) from recipient where directive_id = ?", directiveId));
            assertThat(rows).extracting(r -> r.get(1)).containsExactly("Ủy ban MTTQ huyện Bảo Yên",
                    "Ban Tuyên giáo Huyện ủy", "Đảng ủy xã Bảo Hà", "Chi bộ Trường THPT số 1 Bảo Yên");
            assertThat(rows).extracting(r -> r.get(2)).containsExactly("Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                    "Quá hạn", "Trong hạn");
            assertThat(rows).extracting(r -> r.get(4)).containsExactly("8", "-2", "-2", "28");
            assertThat(rows).extracting(r -> r.get(8)).containsExactly("Có", "Có", "Chưa", "Chưa");
            assertThat(rows.get(2).get(3)).isEqualTo(dmy(scenario.deadline));
            Cell deadline = summary.getRow(ProgressWorkbook.HEADER_ROW + 3).getCell(3);
            assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(summary.getColumnWidth(1)).as("autosized to the unit names")
                    .isGreaterThan(summary.getColumnWidth(0));

            assertThat(cells(tasks.getRow(ProgressWorkbook.HEADER_ROW))).containsExactly("STT", "Đơn vị",
                    "Nhiệm vụ số", "Nội dung nhiệm vụ", "Hạn theo văn bản", "Hạn đang áp dụng", "Ngày hoàn thành",
                    "Tình trạng");
            List<List<String>> assignments = dataRows(tasks);
            assertThat(assignments).hasSize((int) count("select count(*) from assignment_unit au join assignment a "
                    + "on a.id = au.assignment_id where a.directive_id = ?", directiveId));
            assertThat(assignments.get(4)).containsExactly("5", "Chi bộ Trường THPT số 1 Bảo Yên", "1",
                    "Xây dựng kế hoạch tổ chức đợt sinh hoạt chính trị", dmy(scenario.deadline),
                    dmy(scenario.deadline.plusDays(30)), "", "Trong hạn (đã gia hạn)");
        }
    }

    @Test
    void theBoardSearchesBySoOrTrichYeu() {
        ProgressHttp http = new ProgressHttp(port);
        String number = jdbc.queryForObject("select document_number from directive where id = ?", String.class,
                directiveId);
        for (String q : List.of(number, number.toLowerCase(), "kỷ niệm ngày thành lập", "NGÀY THÀNH LẬP ĐẢNG")) {
            ProgressHttp.Reply reply = http.get("quanly", "/api/progress?q=" + encode(q));
            assertThat(reply.status()).as(q).isEqualTo(200);
            assertThat(reply.json().get("items")).as(q).extracting(i -> i.get("directiveId").asLong())
                    .containsExactly(directiveId);
        }
        // the user's % and _ are letters, not wildcards
        assertThat(http.get("quanly", "/api/progress?q=" + encode("%")).json().get("total").asInt()).isZero();
        assertThat(http.get("quanly", "/api/progress?q=" + encode("V_v")).json().get("total").asInt()).isZero();

        ProgressHttp.Reply tooLong = http.get("quanly", "/api/progress?q=" + "a".repeat(201));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).isEqualTo("Từ khóa tìm kiếm (q) dài quá 200 ký tự.");
        ProgressHttp.Reply badDate = http.get("quanly", "/api/progress?from=31/02/2026");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("message").asText()).startsWith("Ngày \"31/02/2026\" (from) không hợp lệ");
    }

    @Test
    void theManagerReadsTheHistoryOfTheDirectiveAndOfEachUnit() {
        ProgressHttp http = new ProgressHttp(port);
        ProgressHttp.Reply directive = http.get("quanly", "/api/progress/" + directiveId + "/history");
        assertThat(directive.status()).isEqualTo(200);
        JsonNode h = directive.json();
        assertThat(h.get("directive").get("directiveId").asLong()).isEqualTo(directiveId);
        assertThat(h.has("unit")).isFalse();
        assertThat(h.get("steps")).extracting(s -> s.get("taskName").asText())
                .anySatisfy(name -> assertThat(name).startsWith("Soạn thảo"))
                .anySatisfy(name -> assertThat(name).startsWith("Trình ký"));
        assertThat(h.get("steps")).allSatisfy(s -> assertThat(s.get("unitName").asText()).isEqualTo("Huyện ủy Bảo Yên"));
        List<Map<String, Object>> reviews = jdbc.queryForList(
                "select step, decision, actor from review_log where directive_id = ? order by decided_at", directiveId);
        assertThat(reviews).hasSize(2);
        assertThat(h.get("decisions")).extracting(d -> d.get("what").asText(), d -> d.get("decision").asText(),
                        d -> d.get("userId").asText(), d -> d.get("userName").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kiểm tra thể thức", "Đạt", "chanhvanphong",
                                "Trần Văn Hùng"),
                        org.assertj.core.groups.Tuple.tuple("Trình ký", "Duyệt ký", "phobithu", "Hoàng Văn Minh"));

        long btg = recipient("btg-bao-yen");
        ProgressHttp.Reply unit = http.get("quanly", "/api/progress/" + directiveId + "/units/" + btg + "/history");
        assertThat(unit.status()).isEqualTo(200);
        JsonNode u = unit.json();
        assertThat(u.get("unit").get("unitCode").asText()).isEqualTo("btg-bao-yen");
        JsonNode reports = u.get("reports");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("content").asText()).isEqualTo(jdbc.queryForObject(
                "select content from report where recipient_id = ?", String.class, btg));
        assertThat(reports.get(0).get("submittedByName").asText()).isEqualTo("Phạm Văn Tuấn");
        assertThat(reports.get(0).get("decisionLabel").asText()).isEqualTo("Chấp nhận");
        assertThat(reports.get(0).get("decidedByName").asText()).isEqualTo("Lê Thị Hoa");
        assertThat(u.get("decisions")).extracting(d -> d.get("what").asText())
                .contains("Xác nhận đã nhận văn bản", "Nhiệm vụ số 1", "Duyệt báo cáo");
        assertThat(u.get("steps")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("unitName").asText()).isEqualTo("Ban Tuyên giáo Huyện ủy"));

        // the extension of cb-thpt-bao-yen is on its record
        JsonNode thpt = http.get("quanly", "/api/progress/" + directiveId + "/units/" + recipient("cb-thpt-bao-yen")
                + "/history").json();
        assertThat(thpt.get("decisions")).extracting(d -> d.get("decision").asText())
                .anySatisfy(d -> assertThat(d).startsWith("Xin gia hạn đến "))
                .contains("Đồng ý gia hạn");
    }

    @Test
    void aUnitReadsOnlyItsOwnPartOfTheHistory() {
        ProgressHttp http = new ProgressHttp(port);
        String own = "/api/progress/" + directiveId + "/units/" + recipient("mttq-bao-yen") + "/history";
        assertThat(http.get("mttq", own).status()).isEqualTo(200);

        for (String path : List.of(
                "/api/progress/" + directiveId + "/units/" + recipient("du-bao-ha") + "/history",
                "/api/progress/" + directiveId + "/history")) {
            ProgressHttp.Reply refused = http.get("mttq", path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).isEqualTo("Bạn không có quyền xem tiến độ của văn bản này.");
        }
        // a unit of another directive, and directives that do not exist
        long otherRecipient = jdbc.queryForObject("select max(id) from recipient", Long.class) + 1000;
        ProgressHttp.Reply notHers = http.get("quanly", "/api/progress/" + directiveId + "/units/" + otherRecipient
                + "/history");
        assertThat(notHers.status()).isEqualTo(404);
        assertThat(notHers.json().get("message").asText()).startsWith("Văn bản này không gửi tới đơn vị");
        ProgressHttp.Reply missing = http.get("mttq", "/api/progress/999999/history");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).isEqualTo("Không tìm thấy văn bản chỉ đạo có mã 999999.");
        assertThat(http.get(null, own).status()).isEqualTo(401);
        assertThat(http.get(null, "/api/progress/labels").status()).isEqualTo(401);
    }

    @Test
    void theManagerAndTheUnitsDownloadTheIssuedDocumentOthersDoNot() {
        ProgressHttp http = new ProgressHttp(port);
        for (String user : List.of("quanly", "baoha")) {
            ProgressHttp.Reply pdf = http.get(user, "/api/directives/" + directiveId + "/document.pdf");
            assertThat(pdf.status()).as(user).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        ProgressHttp.Reply docx = http.get("quanly", "/api/directives/" + directiveId + "/document.docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // the Tỉnh ủy's office is no recipient of this Huyện ủy directive
        assertThat(http.get("vanphongtinh", "/api/directives/" + directiveId + "/document.pdf").status())
                .isEqualTo(403);
    }

    @Test
    void labelsNameTheCodesCockpitShows() {
        JsonNode labels = new ProgressHttp(port).get("quanly", "/api/progress/labels").json();
        assertThat(labels.get("processes").get("unit-work").asText()).isEqualTo("Thực hiện của đơn vị");
        assertThat(labels.get("processes").get("cong-van").asText()).isEqualTo("Công văn");
        assertThat(labels.get("groups").get("cb-thpt-bao-yen").asText()).isEqualTo("Chi bộ Trường THPT số 1 Bảo Yên");
        assertThat(labels.get("variables").get("approvalDecision").asText()).isEqualTo("Quyết định trình ký");
        assertThat(labels.get("values").get("approvalDecision").get("pass").asText()).isEqualTo("Duyệt ký");
    }

    private long recipient(String unitCode) {
        return jdbc.queryForObject("select r.id from recipient r join unit u on u.id = r.unit_id "
                + "where r.directive_id = ? and u.code = ?", Long.class, directiveId, unitCode);
    }

    private static String encode(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Authorization grant(String user, String group, Resources resource, String id,
                                Permission permission) {
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setUserId(user);
        a.setGroupId(group);
        a.setResource(resource);
        a.setResourceId(id);
        a.addPermission(permission);
        return authorizations.saveAuthorization(a);
    }

    private Authorization revoke(String user, Resources resource, String id,
                                 Permission permission) {
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        a.setUserId(user);
        a.setResource(resource);
        a.setResourceId(id);
        a.removePermission(permission);
        return authorizations.saveAuthorization(a);
    }

    private static JsonNode find(JsonNode items, String field, long value) {
        for (JsonNode item : items) {
            if (item.get(field).asLong() == value) {
                return item;
            }
        }
        return null;
    }

    private static final DataFormatter FORMAT = new DataFormatter();

    private static String text(Cell cell) {
        return FORMAT.formatCellValue(cell);
    }

    private static List<String> cells(Row row) {
        List<String> result = new ArrayList<>();
        row.forEach(c -> result.add(text(c)));
        return result;
    }

    private static List<List<String>> dataRows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = ProgressWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String dmy(java.time.LocalDate date) {
        return vn.dang.chidao.directive.VietnameseDates.format(date);
    }
}
