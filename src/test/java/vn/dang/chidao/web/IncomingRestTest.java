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
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/incoming} over HTTP with the demo directory: the văn thư of Huyện ủy Bảo Yên registers a received
 * công văn as text and as a file, its original comes back to the body and to nobody else; strangers, unit users
 * and other bodies are refused; bad files get a Vietnamese 400 or 413 and leave nothing behind (no row, no process).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class IncomingRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final byte[] OLD_WORD = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1, 0, 0};

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private long documents;
    private long instances;

    @BeforeEach
    void countWhatIsStored() {
        documents = jdbc.queryForObject("select count(*) from incoming_document", Long.class);
        instances = incomingInstances();
    }

    @Test
    void theVanThuRegistersTheSeedAsTextAndItsRegistrationTaskWaits() throws Exception {
        HttpResponse<String> reply = post("vanthu", "", TEXT, seed().getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        JsonNode received = JSON.readTree(reply.body());
        long id = received.get("id").asLong();
        String instance = received.get("processInstanceId").asText();
        var task = engine.getTaskService().createTaskQuery().taskId(received.get("taskId").asText()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RegisterIncoming");
        assertThat(task.getProcessInstanceId()).isEqualTo(instance);
        assertThat(engine.getRuntimeService().getVariable(instance, "incomingNumber")).isEqualTo("405-CV/BTGTU");
        assertThat(jdbc.queryForObject("select process_instance_id from incoming_document where id = ?", String.class,
                id)).isEqualTo(instance);
        assertThat(jdbc.queryForObject("select count(*) from incoming_document", Long.class)).isEqualTo(documents + 1);
        assertThat(incomingInstances()).isEqualTo(instances + 1);

        HttpResponse<byte[]> original = get("vanthu", "/api/incoming/" + id + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(new String(original.body(), StandardCharsets.UTF_8)).isEqualTo(seed());
    }

    @Test
    void aTxtFileIsKeptAsUploadedAndOnlyTheReceivingBodyDownloadsIt() throws Exception {
        byte[] content = seed().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> reply = upload("vanthu", "?receiver=hu-bao-yen", "cong-van-405.txt", content);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        long id = JSON.readTree(reply.body()).get("id").asLong();
        HttpResponse<byte[]> original = get("vanthu", "/api/incoming/" + id + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(content);
        assertThat(original.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment").contains("cong-van-405.txt");
        // the office's other staff read it too; a unit and strangers do not
        assertThat(get("soanthao", "/api/incoming/" + id + "/original").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> unit = get("mttq", "/api/incoming/" + id + "/original");
        assertThat(unit.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(unit.body()).get("message").asText())
                .isEqualTo("Đồng chí không có quyền xem văn bản đến này.");
        assertThat(get(null, "/api/incoming/" + id + "/original").statusCode()).isEqualTo(401);
    }

    @Test
    void whoMayRegisterIsTheBodysVanThuOrOffice() throws Exception {
        byte[] seed = seed().getBytes(StandardCharsets.UTF_8);
        expect(post(null, "", TEXT, seed), 401, "Vui lòng đăng nhập.");
        expect(post("mttq", "", TEXT, seed), 403,
                "Chỉ văn thư hoặc cán bộ Văn phòng của một cơ quan mới được vào sổ văn bản đến.");
        expect(upload("mttq", "", "cong-van.txt", seed), 403,
                "Chỉ văn thư hoặc cán bộ Văn phòng của một cơ quan mới được vào sổ văn bản đến.");
        // a body the văn thư does not work for, even one that exists
        expect(post("vanthu", "?receiver=mttq-bao-yen", TEXT, seed), 403,
                "Đồng chí không phải văn thư hoặc cán bộ Văn phòng của cơ quan \"mttq-bao-yen\"");
        expect(upload("vanthu", "?receiver=tu-lao-cai", "cong-van.txt", seed), 403,
                "Đồng chí không phải văn thư hoặc cán bộ Văn phòng của cơ quan \"tu-lao-cai\"");
        assertThat(getString("mttq", "/api/incoming/receivers").body()).isEqualTo("[]");
        assertThat(getString("vanthu", "/api/incoming/receivers").body())
                .isEqualTo("[{\"code\":\"hu-bao-yen\",\"name\":\"Huyện ủy Bảo Yên\"}]");
        assertNothingStored();
    }

    @Test
    void badFilesAreRefusedInVietnameseAndLeaveNothing() throws Exception {
        byte[] binary = new byte[4096];
        new Random(16).nextBytes(binary);
        expect(post("vanthu", "", TEXT, new byte[0]), 400, "Văn bản trống, không có nội dung để đọc.");
        expect(post("vanthu", "", TEXT, binary), 400, "Nội dung không phải văn bản (dữ liệu nhị phân");
        expect(upload("vanthu", "", "du-lieu.txt", binary), 400, "Nội dung không phải văn bản (dữ liệu nhị phân");
        expect(upload("vanthu", "", "du-lieu.bin", binary), 400, "Định dạng tệp chưa được hỗ trợ");
        expect(upload("vanthu", "", "cong-van.doc", OLD_WORD), 400,
                "Định dạng .doc (Word cũ) chưa được hỗ trợ, đề nghị lưu lại thành .docx.");
        expect(upload("vanthu", "", "trong.txt", new byte[0]), 400, "Chưa chọn tệp văn bản đến");
        assertNothingStored();
    }

    @Test
    void overTwentyMegabytesIs413AndLeavesNothing() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        expect(upload("vanthu", "", "lon.txt", big), 413, "Tệp quá lớn: chỉ nhận văn bản đến 20 MB.");
        expect(post("vanthu", "", TEXT, big), 413, "Tệp quá lớn: chỉ nhận văn bản đến 20 MB.");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("select count(*) from incoming_document", Long.class)).isEqualTo(documents);
        assertThat(incomingInstances()).isEqualTo(instances);
    }

    /** Incoming-document instances ever started (a refused upload must not start and roll back one either). */
    private long incomingInstances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("incoming-document").count();
    }

    private static void expect(HttpResponse<String> reply, int status, String messageStart) throws IOException {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(JSON.readTree(reply.body()).get("message").asText()).startsWith(messageStart);
    }

    private static String seed() throws IOException {
        return Files.readString(Path.of("..", "shared", "seeds", "cong-van-bac-kan-2024.txt"));
    }

    private HttpResponse<String> post(String user, String query, String contentType, byte[] body) throws Exception {
        return http.send(request(user, "/api/incoming" + query).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String user, String query, String fileName, byte[] content) throws Exception {
        String boundary = "----incoming" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(user, query, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> getString(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
