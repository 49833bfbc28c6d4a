package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.process.WorkflowDriver;

/**
 * The reviewers' preview of a draft over HTTP ({@code /api/directives/{id}/draft.pdf|docx}): the drafter, the office
 * head, the signer and an administrator read the draft as stored now, marked DỰ THẢO and without number; a unit, another
 * body's staff and strangers do not; an unknown id is 404; an issued directive has no draft any more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class DraftPreviewRestTest {

    private static final String SUBJECT = "V/v xem trước dự thảo";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private WorkflowDriver driver;
    private ProcessInstance directive;
    private long id;

    @BeforeEach
    void aDraftAwaitsItsFormatCheck() {
        driver = new WorkflowDriver(engine);
        directive = driver.startCongVan(SUBJECT);
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective",
                WorkflowDriver.draft(SUBJECT, List.of("mttq-bao-yen", "btg-bao-yen"), LocalDate.now().plusDays(30)));
        id = (Long) engine.getRuntimeService().getVariable(driver.called(directive, "draft-and-approve").getId(),
                "directiveId");
    }

    @Test
    void theReviewersReadTheDraftAsItWillBeIssuedWithoutNumber() throws Exception {
        for (String reader : List.of("soanthao", "chanhvanphong", "phobithu", "demo")) {
            HttpResponse<byte[]> pdf = get(reader, "/api/directives/" + id + "/draft.pdf");
            assertThat(pdf.statusCode()).as(reader).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString()
                    .startsWith("inline;").contains("du-thao-van-ban-" + id + ".pdf");
            assertThat(pdf.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
            String text = pdfText(pdf.body());
            assertThat(text).contains("DỰ THẢO", "Số -CV/HU", "Bảo Yên, ngày tháng năm", SUBJECT,
                    "Huyện ủy Bảo Yên yêu cầu các đơn vị", "Kính gửi:", "PHÓ BÍ THƯ");
            assertThat(text).doesNotContainPattern("Số \\d+-CV");
        }
        HttpResponse<byte[]> docx = get("chanhvanphong", "/api/directives/" + id + "/draft.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;");
        assertThat(docxText(docx.body())).contains("DỰ THẢO", "Số -CV/HU", SUBJECT);
    }

    @Test
    void unitsOtherBodiesAndStrangersAreRefused() {
        // mttq is a Kính gửi unit of this draft: a draft is not yet a directive it may read
        for (String outsider : List.of("mttq", "tuyengiao", "tuyengiao2", "vanphongtinh", "thpt")) {
            HttpResponse<byte[]> refused = get(outsider, "/api/directives/" + id + "/draft.pdf");
            assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(outsider)
                    .contains("Đồng chí không có quyền xem dự thảo này");
        }
        assertThat(get("mttq", "/api/directives/" + id + "/draft.docx").statusCode()).isEqualTo(403);
        assertThat(get(null, "/api/directives/" + id + "/draft.pdf").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> unknown = get("chanhvanphong", "/api/directives/987654321/draft.pdf");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("Không tìm thấy văn bản.");
        assertThat(get("chanhvanphong", "/api/directives/" + id + "/draft.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void afterAReturnThePreviewShowsTheRedraftAndAfterIssueThereIsNoDraft() throws Exception {
        String first = pdfText(get("chanhvanphong", "/api/directives/" + id + "/draft.pdf").body());
        assertThat(first).contains("Huyện ủy Bảo Yên yêu cầu các đơn vị").doesNotContain("Nội dung đã sửa");
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat",
                Map.of("formatDecision", "return", "formatComment", "Sửa nội dung"));
        Map<String, Object> redraft = WorkflowDriver.draft(SUBJECT, List.of("mttq-bao-yen"),
                LocalDate.now().plusDays(40));
        redraft.put("body", "Nội dung đã sửa sau khi Chánh Văn phòng trả lại.");
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective", redraft);

        String second = pdfText(get("chanhvanphong", "/api/directives/" + id + "/draft.pdf").body());
        assertThat(second).contains("Nội dung đã sửa sau khi Chánh Văn phòng trả lại.", "DỰ THẢO")
                .doesNotContain("Huyện ủy Bảo Yên yêu cầu các đơn vị", "Ban Tuyên giáo");

        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        HttpResponse<byte[]> issued = get("phobithu", "/api/directives/" + id + "/draft.pdf");
        assertThat(issued.statusCode()).isEqualTo(409);
        assertThat(new String(issued.body(), StandardCharsets.UTF_8)).contains("đã được cấp số", "-CV/HU",
                "xem bản phát hành");
        assertThat(get("phobithu", "/api/directives/" + id + "/document.pdf").statusCode()).isEqualTo(200);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
                new java.io.ByteArrayInputStream(docx)))) {
            return extractor.getText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private HttpResponse<byte[]> get(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
