package vn.dang.chidao.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.process.IncomingIntake;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.web.OwnEngine;

/**
 * The sổ văn bản đến on the board: who reads which register, and the leader's direct assignment shown among the
 * directives with its số đến and sender.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncomingRegisterRestTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IncomingIntake intake;
    @Autowired
    UnitDirectory directory;

    long incomingId;

    @BeforeAll
    void aDirectlyAssignedIncomingDocument() throws Exception {
        WorkflowDriver driver = new WorkflowDriver(engine);
        byte[] text = Files.readAllBytes(Path.of("..", "shared", "seeds", "cong-van-bac-kan-2024.txt"));
        IncomingIntake.Received received = driver.as("vanthu", () -> intake.receive(text, "405.txt", "text/plain",
                directory.findByCode("hu-bao-yen").orElseThrow(), new Actor("vanthu", new HashSet<>(List.of(
                        "hu-bao-yen_van-thu", "hu-bao-yen_van-phong")))));
        incomingId = received.id();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        driver.complete("vanthu", received.processInstanceId(), "Task_RegisterIncoming", Map.of(
                "incomingType", "CV", "incomingNumber", "405-CV/BTGTU",
                "incomingIssuingBody", "Ban Tuyên giáo Thành ủy Bắc Kạn", "incomingIssuedOn", "20/03/2024",
                "incomingSubject", "Tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "receivedOn", today.format(dmy), "reportDeadline", "trước ngày " + today.plusDays(30).format(dmy),
                "reportTo", "Ban Thường vụ Tỉnh ủy"));
        driver.complete("phobithu", received.processInstanceId(), "Task_DirectIncoming", Map.of("direction", "ASSIGN",
                "directAssignments", List.of(Map.of("content", "Tổ chức học tập chuyên đề", "lead", "mttq-bao-yen",
                        "deadline", "trước ngày " + today.plusDays(20).format(dmy)))));
        driver.executeJobs();
    }

    @Test
    void managersAndTheReceivingBodyReadTheRegisterOthersDoNot() {
        ProgressHttp http = new ProgressHttp(port);
        for (String user : List.of("quanly", "vanthu", "phobithu")) {
            ProgressHttp.Reply reply = http.get(user, "/api/progress/incoming");
            assertThat(reply.status()).as(user).isEqualTo(200);
            JsonNode line = find(reply.json(), incomingId);
            assertThat(line).as(user).isNotNull();
            assertThat(line.get("registerLabel").asText()).startsWith("Số đến ");
            assertThat(line.get("documentNumber").asText()).isEqualTo("405-CV/BTGTU");
            assertThat(line.get("directionLabel").asText()).isEqualTo("Giao đơn vị thực hiện");
            assertThat(line.get("reportOverdue").asBoolean()).isFalse();
            assertThat(line.get("implementations")).singleElement()
                    .satisfies(i -> assertThat(i.get("directAssignment").asBoolean()).isTrue());
        }
        // a unit, and the body below, do not read the Huyện ủy's register
        for (String user : List.of("mttq", "baoha")) {
            ProgressHttp.Reply reply = http.get(user, "/api/progress/incoming");
            assertThat(reply.status()).as(user).isEqualTo(200);
            assertThat(find(reply.json(), incomingId)).as(user).isNull();
        }
        assertThat(http.get(null, "/api/progress/incoming").status()).isEqualTo(401);
    }

    @Test
    void theDirectAssignmentIsOnTheBoardWithItsSoDenAndSender() {
        ProgressHttp.Reply list = new ProgressHttp(port).get("quanly", "/api/progress?q=405-CV");
        assertThat(list.status()).isEqualTo(200);
        JsonNode item = null;
        for (JsonNode i : list.json().get("items")) {
            if (i.get("documentNumber").asText().equals("405-CV/BTGTU")) {
                item = i;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("incoming").get("registerLabel").asText()).startsWith("Số đến ");
        assertThat(item.get("incoming").get("issuingBody").asText()).isEqualTo("Ban Tuyên giáo Thành ủy Bắc Kạn");
        assertThat(item.get("incoming").get("directAssignment").asBoolean()).isTrue();
        assertThat(item.get("issuerName").asText()).isEqualTo("Huyện ủy Bảo Yên");
        assertThat(item.get("unitCount").asInt()).isEqualTo(1);
    }

    private static JsonNode find(JsonNode lines, long id) {
        for (JsonNode line : lines) {
            if (line.get("id").asLong() == id) {
                return line;
            }
        }
        return null;
    }
}
