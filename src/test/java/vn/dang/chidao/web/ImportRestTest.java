package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
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

import vn.dang.chidao.document.DocumentRenderer;
import vn.dang.chidao.document.IssuedDocument;
import vn.dang.chidao.document.NumberedAssignment;

/**
 * {@code POST /api/imports} over HTTP with the demo directory: the office drafter of Huyện ủy Bảo Yên reads a seed
 * as text and as a file and gets the structure with the directory's units; a plain unit user is refused; bad files
 * get a Vietnamese 400 or 413; nothing is ever stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith({OwnEngine.class, OutputCaptureExtension.class})
class ImportRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DocumentRenderer renderer;

    private final HttpClient http = HttpClient.newHttpClient();
    private long directives;
    private long instances;

    @BeforeEach
    void countWhatIsStored() {
        directives = jdbc.queryForObject("select count(*) from directive", Long.class);
        instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    }

    @Test
    void theDrafterReadsTheBaoYenCongVanAsText() throws Exception {
        HttpResponse<String> reply = post("soanthao", "text/plain; charset=UTF-8", seed("cong-van-bao-yen-2022"));

        assertThat(reply.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(reply.body());
        assertThat(doc.get("type").asText()).isEqualTo("CV");
        assertThat(doc.get("superiorBody").asText()).isEqualTo("ĐẢNG BỘ TỈNH LÀO CAI");
        assertThat(doc.get("issuingBody").asText()).isEqualTo("HUYỆN ỦY BẢO YÊN");
        assertThat(doc.get("number").asText()).isEqualTo("-CV/HU");
        assertThat(doc.get("issuedOn").isNull()).isTrue();
        assertThat(doc.get("recipients").get(0).get("text").asText()).isEqualTo("Các chi, đảng bộ trực thuộc");
        assertThat(doc.get("recipients").get(0).get("unit").asText()).isEqualTo("nhom:hu-bao-yen_chi-dang-bo");
        assertThat(doc.get("recipients").get(2).get("unit").asText()).isEqualTo("nhom:hu-bao-yen_doan-the");
        assertThat(doc.get("recipients").get(4).get("unit").isNull()).isTrue();
        assertThat(doc.get("assignments")).hasSize(4);
        assertThat(doc.get("assignments").get(3).get("units").get(0).get("unit").asText()).isEqualTo("btg-bao-yen");
        assertThat(doc.get("signature").get("name").asText()).isEqualTo("Nguyễn Xuân Nhân");
        assertThat(doc.get("warnings").get(0).asText()).isEqualTo("Văn bản chưa có số (-CV/HU).");
        assertNothingStored();
    }

    @Test
    void theDrafterUploadsTheBacKanCongVanAsAFile() throws Exception {
        HttpResponse<String> reply = upload("soanthao", "cong-van.txt",
                seed("cong-van-bac-kan-2024").getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(reply.body());
        assertThat(doc.get("number").asText()).isEqualTo("405-CV/BTGTU");
        assertThat(doc.get("issuedOn").asText()).isEqualTo("2024-03-20");
        assertThat(doc.get("assignments").get(0).get("deadline").asText()).isEqualTo("xong trước ngày 30/3 hằng năm");
        assertThat(doc.get("signature").get("position").asText()).isEqualTo("TRƯỞNG BAN");
        assertNothingStored();
    }

    @Test
    void aWordFileAndAnIssuedPdfAreReadToo() throws Exception {
        XWPFDocument word = new XWPFDocument();
        for (String line : List.of("HUYỆN ỦY BẢO YÊN", "Số 21-CV/HU", "V/v tuyên truyền",
                "Bảo Yên, ngày 10 tháng 3 năm 2025", "Kính gửi: Ban Tuyên giáo Huyện ủy",
                "Thực hiện Kế hoạch số 215-KH/TU ngày 23/02/2024 của Ban Thường vụ Tỉnh ủy, Huyện ủy đề nghị:",
                "1. Tổ chức tuyên truyền trước ngày 30/4/2025.", "Nơi nhận:", "- Lưu VT.", "PHÓ BÍ THƯ",
                "Hoàng Văn Minh")) {
            word.createParagraph().createRun().setText(line);
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        word.write(docx);
        word.close();
        JsonNode doc = JSON.readTree(upload("soanthao", "cong-van.docx", docx.toByteArray()).body());
        assertThat(doc.get("number").asText()).isEqualTo("21-CV/HU");
        assertThat(doc.get("recipients").get(0).get("unit").asText()).isEqualTo("btg-bao-yen");
        assertThat(doc.get("assignments").get(0).get("units").get(0).get("unit").asText()).isEqualTo("btg-bao-yen");
        assertThat(doc.get("assignments").get(0).get("deadline").asText()).isEqualTo("trước ngày 30/4/2025");

        byte[] pdf = renderer.pdf(new IssuedDocument("CV", "Công văn", "Đảng bộ tỉnh Lào Cai", "Huyện ủy Bảo Yên",
                "22-CV/HU", "Bảo Yên", LocalDate.of(2025, 3, 11), "V/v báo cáo kết quả", List.of(),
                "Huyện ủy đề nghị các đơn vị thực hiện tốt các nội dung sau:", List.of("MTTQ và các đoàn thể huyện"),
                List.of(new NumberedAssignment(1, "Báo cáo kết quả về Văn phòng Huyện ủy.", "trước ngày 15/6/2025",
                        List.of("MTTQ và các đoàn thể huyện"))), List.of("Như kính gửi", "Lưu VT"),
                "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Minh"));
        HttpResponse<String> reply = upload("soanthao", "22-CV-HU.pdf", pdf);
        assertThat(reply.statusCode()).isEqualTo(200);
        doc = JSON.readTree(reply.body());
        assertThat(doc.get("number").asText()).isEqualTo("22-CV/HU");
        assertThat(doc.get("issuedOn").asText()).isEqualTo("2025-03-11");
        assertThat(doc.get("recipients").get(0).get("unit").asText()).isEqualTo("nhom:hu-bao-yen_doan-the");
        assertThat(doc.get("signature").get("name").asText()).isEqualTo("Hoàng Văn Minh");
        assertNothingStored();
    }

    @Test
    void anAdministratorMayReadAPlainUnitUserAndStrangersMayNot() throws Exception {
        assertThat(post("demo", "text/plain; charset=UTF-8", seed("ke-hoach-bach-thong-2023")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = post("mttq", "text/plain; charset=UTF-8", seed("ke-hoach-bach-thong-2023"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(message(refused)).startsWith("Đồng chí không có quyền đọc văn bản để soạn thảo hoặc vào sổ");
        assertThat(post(null, "text/plain; charset=UTF-8", "Kính gửi").statusCode()).isEqualTo(401);
        assertNothingStored();
    }

    @Test
    void badInputGetsAVietnameseAnswerAndOneWarningLine(CapturedOutput output) throws Exception {
        expect(post("soanthao", "text/plain; charset=UTF-8", ""), 400, "Văn bản trống, không có nội dung để đọc.");
        expect(post("soanthao", "text/plain; charset=UTF-8", "The quick brown fox jumps over the lazy dog again."),
                400, "Nội dung không phải văn bản tiếng Việt");
        expect(upload("soanthao", "cong-van.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}),
                400, "Định dạng .doc (Word cũ) chưa được hỗ trợ, đề nghị lưu lại thành .docx.");
        expect(upload("soanthao", "scan.pdf", scannedPdf()), 400, "Văn bản quét, chưa có lớp chữ");
        expect(upload("soanthao", "hong.pdf", "%PDF-1.4 không phải PDF".getBytes(StandardCharsets.UTF_8)), 400,
                "Tệp PDF bị hỏng");
        expect(upload("soanthao", "hong.docx", "PK\3\4 hỏng".getBytes(StandardCharsets.UTF_8)), 400,
                "Tệp .docx bị hỏng");
        expect(upload("soanthao", "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), 400,
                "Định dạng tệp chưa được hỗ trợ");
        expect(post("soanthao", "application/json", "{}"), 415, "Gửi văn bản dạng text/plain");

        assertThat(output.getOut()).contains("WARN", "Import refused (scan.pdf): Văn bản quét, chưa có lớp chữ");
        assertThat(output.getOut()).doesNotContain("ImportRefusedException", "\tat vn.dang.chidao");
        assertNothingStored();
    }

    @Test
    void overTwentyMegabytesIs413(CapturedOutput output) throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        expect(upload("soanthao", "lon.txt", big), 413, "Tệp quá lớn: chỉ nhận văn bản đến 20 MB.");
        expect(post("soanthao", "text/plain; charset=UTF-8", new String(big, StandardCharsets.US_ASCII)), 413,
                "Tệp quá lớn: chỉ nhận văn bản đến 20 MB.");
        assertThat(output.getOut()).contains("Upload refused: over the 20 MB limit");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("select count(*) from directive", Long.class)).isEqualTo(directives);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private static void expect(HttpResponse<String> reply, int status, String messageStart) throws IOException {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(message(reply)).startsWith(messageStart);
    }

    private static String message(HttpResponse<String> reply) throws IOException {
        return JSON.readTree(reply.body()).get("message").asText();
    }

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("..", "shared", "seeds", name + ".txt"));
    }

    private HttpResponse<String> post(String user, String contentType, String body) throws Exception {
        return send(user, contentType, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String user, String fileName, byte[] content) throws Exception {
        String boundary = "----import" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpResponse<String> send(String user, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Content-Type", contentType).POST(body);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] scannedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
