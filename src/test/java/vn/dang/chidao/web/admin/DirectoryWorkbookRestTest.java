package vn.dang.chidao.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dang.chidao.administration.workbook.TestWorkbooks;
import vn.dang.chidao.web.OwnEngine;

/**
 * The directory workbook over HTTP with the demo directory: administrators download the template and the export
 * and upload a workbook; others get 401/403; bad uploads a Vietnamese 400 or 413, logged without a stack trace,
 * and nothing written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith({OwnEngine.class, OutputCaptureExtension.class})
class DirectoryWorkbookRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private long units;
    private long changes;

    @BeforeEach
    void count() {
        units = jdbc.queryForObject("select count(*) from unit", Long.class);
        changes = jdbc.queryForObject("select count(*) from change_log", Long.class);
    }

    @Test
    void onlyAnAdministratorReadsOrWritesTheWorkbook() throws Exception {
        for (String path : List.of("/api/admin/directory/template.xlsx", "/api/admin/directory.xlsx")) {
            HttpResponse<byte[]> anonymous = get(null, path);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(message(anonymous.body())).isEqualTo("Vui lòng đăng nhập.");
            HttpResponse<byte[]> drafter = get("soanthao", path);
            assertThat(drafter.statusCode()).isEqualTo(403);
            assertThat(message(drafter.body())).isEqualTo("Chỉ quản trị hệ thống được quản lý danh mục đơn vị, "
                    + "người dùng, người ký và nhiệm kỳ.");
        }
        byte[] good = new TestWorkbooks().units().row("cb-khong-duoc", "Chi bộ", "hu-bao-yen", "Chi bộ").bytes();
        assertThat(upload(null, good).statusCode()).isEqualTo(401);
        assertThat(upload("soanthao", good).statusCode()).isEqualTo(403);
        assertThat(send("soanthao", XLSX, HttpRequest.BodyPublishers.ofByteArray(good)).statusCode()).isEqualTo(403);
        assertNothingWritten();
    }

    @Test
    void theTemplateHasTheSheetsHeadersAndNoRows() throws Exception {
        HttpResponse<byte[]> reply = get("demo", "/api/admin/directory/template.xlsx");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("mau-danh-muc-don-vi.xlsx");
        Map<String, List<List<String>>> sheets = TestWorkbooks.read(reply.body());
        assertThat(sheets.keySet()).containsExactly("Hướng dẫn", "Đơn vị", "Nhóm Kính gửi", "Người ký", "Nhiệm kỳ",
                "Giá trị");
        assertThat(sheets.get("Đơn vị")).containsExactly(List.of("Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên",
                "Loại", "Kiểu cơ quan ký", "Ký hiệu", "Địa danh", "Dòng trên của tiêu đề", "Dòng tên cơ quan",
                "Thư điện tử", "Được ban hành", "Tập thể ký thay mặt", "Đang hoạt động"));
        assertThat(sheets.get("Người ký")).containsExactly(List.of("Tài khoản", "Cơ quan", "Chức vụ", "Hình thức ký"));
        assertThat(sheets.get("Giá trị").stream().map(r -> r.size() > 4 ? r.get(4) : "").toList())
                .contains("T/M", "K/T", "T/L", "T/UQ", "Ký tên cơ quan");
        // the dropdowns: a list validation on each column with fixed values, from the hidden sheet's named ranges
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            assertThat(template.isSheetHidden(template.getSheetIndex("Giá trị"))).isTrue();
            assertThat(template.getName("DS_LOAI_DON_VI").getRefersToFormula()).isEqualTo("'Giá trị'!$A$2:$A$7");
            assertThat(template.getSheet("Đơn vị").getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1()).toList())
                    .containsExactlyInAnyOrder("DS_LOAI_DON_VI", "DS_KIEU_CO_QUAN", "DS_CO_KHONG", "DS_CO_KHONG");
            assertThat(template.getSheet("Người ký").getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1()).toList())
                    .containsExactlyInAnyOrder("DS_CHUC_VU", "DS_HINH_THUC_KY");
            assertThat(template.getSheet("Đơn vị").getRow(0).getCell(0).getCellComment().getString().getString())
                    .startsWith("Bắt buộc. Mã duy nhất");
        }
    }

    @Test
    void theExportHasTheDemoDirectoryAndGoesBackInUnchanged() throws Exception {
        HttpResponse<byte[]> reply = get("demo", "/api/admin/directory.xlsx");

        assertThat(reply.statusCode()).isEqualTo(200);
        Map<String, List<List<String>>> sheets = TestWorkbooks.read(reply.body());
        assertThat(sheets.get("Đơn vị").get(1)).startsWith("tu-lao-cai", "Tỉnh ủy Lào Cai", "", "Cấp ủy", "Cấp ủy",
                "TU", "Lào Cai");
        assertThat(sheets.get("Người ký")).contains(List.of("truongbantg", "btg-bao-yen", "Trưởng ban",
                "Ký tên cơ quan"));
        assertThat(sheets.get("Nhiệm kỳ")).contains(List.of("hu-bao-yen", "2025-2030", "01/07/2025", "31/12/2030"));
        assertThat(jdbc.queryForObject("select count(*) from change_log where entity = 'EXPORT' and changed_by = "
                + "'demo'", Long.class)).isPositive();

        HttpResponse<String> back = upload("demo", reply.body());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        JsonNode counts = JSON.readTree(back.body());
        assertThat(counts.get("units").get("created").asInt()).isZero();
        assertThat(counts.get("units").get("updated").asInt()).isZero();
        assertThat(counts.get("units").get("unchanged").asInt()).isEqualTo((int) units);
        assertThat(counts.get("message").asText()).startsWith("Đã nhập ");
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);
    }

    @Test
    void aWorkbookWithBadRowsIsA400ListingEveryRow(CapturedOutput output) throws Exception {
        byte[] bad = new TestWorkbooks().units()
                .row("cb-x", "Chi bộ X", "hu-bao-yen", "Chi bộ")
                .row("cb-y", "Chi bộ Y", "khong-co", "Chi bộ")
                .row("cb-x", "Chi bộ X lần hai", "hu-bao-yen", "Chi bộ").bytes();

        HttpResponse<String> reply = upload("demo", bad);

        assertThat(reply.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(reply.body());
        assertThat(body.get("message").asText())
                .isEqualTo("Sổ tính có 2 lỗi; không có gì được ghi. Sửa các dòng dưới đây rồi tải lên lại.");
        // by row, whichever check found the problem
        assertThat(body.get("problems").get(0).asText()).isEqualTo("Dòng 3 (trang Đơn vị): đơn vị cấp trên "
                + "'khong-co' của 'cb-y' không có trong tệp và chưa có trong danh mục.");
        assertThat(body.get("problems").get(1).asText())
                .isEqualTo("Dòng 4 (trang Đơn vị): mã đơn vị 'cb-x' đã có ở dòng 2.");
        assertThat(output.getOut()).contains("Directory workbook refused: 2 problem(s)").doesNotContain("\tat ");
        assertNothingWritten();
    }

    @Test
    void whatIsNoXlsxIsA400() throws Exception {
        HttpResponse<String> csv = send("demo", "text/csv", HttpRequest.BodyPublishers.ofString(
                "Mã đơn vị,Tên đơn vị\ncb-moi,Chi bộ mới", StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(message(csv.body().getBytes(StandardCharsets.UTF_8))).isEqualTo("Tệp không phải sổ tính Excel "
                + ".xlsx: hãy tải mẫu, điền vào mẫu và tải lên tệp .xlsx. Không có gì được ghi.");
        assertThat(upload("demo", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).statusCode()).isEqualTo(400);
        assertNothingWritten();
    }

    @Test
    void fiftyMegabytesIsA413(CapturedOutput output) throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];

        HttpResponse<String> multipart = upload("demo", big);
        assertThat(multipart.statusCode()).isEqualTo(413);
        assertThat(message(multipart.body().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Tệp quá lớn: sổ tính danh mục chỉ nhận đến 20 MB.");
        HttpResponse<String> raw = send("demo", XLSX, HttpRequest.BodyPublishers.ofByteArray(big));
        assertThat(raw.statusCode()).isEqualTo(413);
        assertThat(message(raw.body().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Tệp quá lớn: sổ tính danh mục chỉ nhận đến 20 MB.");
        assertThat(output.getOut()).contains("Directory workbook refused: over 20 MB")
                .contains("Directory workbook refused: over the 20 MB limit").doesNotContain("\tat ");
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);
        assertThat(jdbc.queryForObject("select count(*) from change_log", Long.class)).isEqualTo(changes);
    }

    private static String message(byte[] json) throws Exception {
        return JSON.readTree(json).get("message").asText();
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        authorize(request, user);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String user, byte[] content) throws Exception {
        String boundary = "----workbook" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"danh-muc.xlsx\""
                + "\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<String> send(String user, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/admin/directory.xlsx")).header("Content-Type", contentType).POST(body);
        authorize(request, user);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void authorize(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
    }
}
