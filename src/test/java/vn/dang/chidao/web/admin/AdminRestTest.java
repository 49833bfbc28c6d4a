package vn.dang.chidao.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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

import vn.dang.chidao.directive.AssignmentDraft;
import vn.dang.chidao.directive.DirectiveDraft;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.numbering.NumberingService;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.reporting.RecipientRepository;
import vn.dang.chidao.web.OwnEngine;

/**
 * /api/admin over HTTP on the demo installation: the administrator builds and reorganises the directory, people,
 * signers and terms; every change is in the change log; strangers, clerks and hostile input are refused in
 * Vietnamese with nothing written.
 */
// its own context and database: the units, groups and people it adds would change what other web tests' directory
// expands to (a kind-based group takes in every new chi bộ). Not closed after the class (no @DirtiesContext): closing
// a context unregisters its engine "default" from Camunda's JVM-wide container, and the other contexts' webapps
// (/camunda/api) then answer 500.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "test.context=admin-rest")
@ActiveProfiles({"demo", "test"})
@ExtendWith({OwnEngine.class, OutputCaptureExtension.class})
class AdminRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CREATED = List.of("vanphong2", "mttq2", "phuckhanh");
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitDirectory directory;
    @Autowired
    DirectiveService directives;
    @Autowired
    NumberingService numbering;
    @Autowired
    RecipientRepository recipients;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ access

    @Test
    void onlyAnAdministratorReachesAnyEndpoint() throws Exception {
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/api/admin/labels", null},
                new String[] {"GET", "/api/admin/units", null},
                new String[] {"POST", "/api/admin/units", "{\"code\":\"x-1\",\"name\":\"X\"}"},
                new String[] {"PUT", "/api/admin/units/mttq-bao-yen", "{\"name\":\"X\"}"},
                new String[] {"POST", "/api/admin/units/mttq-bao-yen/move", "{\"parentCode\":null}"},
                new String[] {"POST", "/api/admin/units/mttq-bao-yen/close", null},
                new String[] {"GET", "/api/admin/units/mttq-bao-yen/open-work", null},
                new String[] {"POST", "/api/admin/units/mttq-bao-yen/merge", "{\"intoCode\":\"hu-bao-yen\"}"},
                new String[] {"GET", "/api/admin/groups?owner=hu-bao-yen", null},
                new String[] {"POST", "/api/admin/groups",
                    "{\"ownerCode\":\"hu-bao-yen\",\"code\":\"g\",\"name\":\"G\"}"},
                new String[] {"PUT", "/api/admin/groups/hu-bao-yen_doan-the", "{\"name\":\"G\"}"},
                new String[] {"DELETE", "/api/admin/groups/hu-bao-yen_doan-the", null},
                new String[] {"GET", "/api/admin/people", null},
                new String[] {"GET", "/api/admin/people/mttq", null},
                new String[] {"POST", "/api/admin/people", "{\"id\":\"x\"}"},
                new String[] {"PUT", "/api/admin/people/mttq/roles", "{\"unitCode\":\"hu-bao-yen\",\"roles\":[]}"},
                new String[] {"POST", "/api/admin/people/mttq/deactivate", null},
                new String[] {"GET", "/api/admin/signers?issuer=hu-bao-yen", null},
                new String[] {"POST", "/api/admin/signers", "{\"userId\":\"mttq\",\"issuerCode\":\"hu-bao-yen\"}"},
                new String[] {"DELETE", "/api/admin/signers/hu-bao-yen/phobithu", null},
                new String[] {"GET", "/api/admin/terms?issuer=hu-bao-yen", null},
                new String[] {"POST", "/api/admin/terms", "{\"issuerCode\":\"hu-bao-yen\"}"},
                new String[] {"PUT", "/api/admin/terms/1", "{\"endsOn\":\"2026-01-01\"}"},
                new String[] {"GET", "/api/admin/changes", null});
        long changes = count("select count(*) from change_log");
        for (String[] e : endpoints) {
            HttpResponse<String> clerk = call("soanthao", e[0], e[1], e[2]);
            assertThat(clerk.statusCode()).as("soanthao " + e[0] + " " + e[1]).isEqualTo(403);
            assertThat(message(clerk)).as(e[1]).startsWith("Chỉ quản trị hệ thống");
            HttpResponse<String> stranger = call(null, e[0], e[1], e[2]);
            assertThat(stranger.statusCode()).as("anonymous " + e[0] + " " + e[1]).isEqualTo(401);
        }
        // a malformed body tells a clerk nothing either
        assertThat(call("soanthao", "POST", "/api/admin/units", "{not json").statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from change_log")).isEqualTo(changes);
        assertThat(directory.findByCode("mttq-bao-yen")).isPresent();
    }

    /** Signed in to Admin: reads work by the session; a change needs the header a foreign page cannot send. */
    @Test
    void theAdminSessionWorksAndAChangeNeedsItsHeader() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base
                        + "/camunda/api/admin/auth/user/default/login/admin"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String unit = "{\"code\": \"cb-phien\", \"name\": \"Chi bộ Phiên\", \"parentCode\": \"hu-bao-yen\"}";

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/units")).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/units"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(unit)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> fromPlugin = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/units"))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(unit, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(message(forged)).contains("X-Requested-With");
        assertThat(fromPlugin.statusCode()).as(fromPlugin.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select changed_by from change_log where entity_key = 'cb-phien'",
                String.class)).isEqualTo("demo");
    }

    // ------------------------------------------------------------------ directory

    @Test
    void theAdministratorBuildsAndReorganisesTheTree() throws Exception {
        HttpResponse<String> added = call("demo", "POST", "/api/admin/units", """
                {"code": "du-xuan-thuong", "name": "Đảng ủy xã Xuân Thượng", "parentCode": "hu-bao-yen",
                 "kind": "DANG_UY", "symbol": "ĐU", "headerName": "ĐẢNG BỘ HUYỆN BẢO YÊN",
                 "headerIssuer": "ĐẢNG ỦY XÃ XUÂN THƯỢNG", "placeName": "Xuân Thượng",
                 "email": "danguy@xuanthuong.vn", "canIssue": true, "bodyKind": "CAP_UY",
                 "collectiveName": "ĐẢNG ỦY"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode unit = JSON.readTree(added.body());
        assertThat(unit.get("parentCode").asText()).isEqualTo("hu-bao-yen");
        assertThat(unit.get("kindLabel").asText()).isEqualTo("Đảng ủy cơ sở");
        var stored = directory.findByCode("du-xuan-thuong").orElseThrow();
        assertThat(stored.headerIssuerOrName()).isEqualTo("ĐẢNG ỦY XÃ XUÂN THƯỢNG");
        assertThat(stored.collectiveOrDefault()).isEqualTo("ĐẢNG ỦY");
        assertThat(stored.symbol()).isEqualTo("ĐU");
        // its group and role groups exist for Tasklist
        for (String group : List.of("du-xuan-thuong", "du-xuan-thuong_van-phong", "du-xuan-thuong_chanh-van-phong",
                "du-xuan-thuong_lanh-dao", "du-xuan-thuong_van-thu")) {
            assertThat(engine.getIdentityService().createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
        assertThat(call("demo", "POST", "/api/admin/units", """
                {"code": "cb-thon-khe-thap", "name": "Chi bộ thôn Khe Thấp", "parentCode": "du-xuan-thuong",
                 "kind": "CHI_BO"}""").statusCode()).isEqualTo(201);

        // rename: the group's name follows
        HttpResponse<String> renamed = call("demo", "PUT", "/api/admin/units/du-xuan-thuong", """
                {"name": "Đảng ủy xã Xuân Thượng mới", "kind": "DANG_UY", "symbol": "ĐU", "placeName": "Xuân Thượng",
                 "headerName": "ĐẢNG BỘ HUYỆN BẢO YÊN", "headerIssuer": "ĐẢNG ỦY XÃ XUÂN THƯỢNG", "canIssue": true,
                 "bodyKind": "CAP_UY"}""");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(engine.getIdentityService().createGroupQuery().groupId("du-xuan-thuong").singleResult().getName())
                .isEqualTo("Đảng ủy xã Xuân Thượng mới");

        // moves: never under itself or its own units
        HttpResponse<String> cycle = call("demo", "POST", "/api/admin/units/du-xuan-thuong/move",
                "{\"parentCode\": \"cb-thon-khe-thap\"}");
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(message(cycle)).contains("không thể nằm dưới chính nó");
        assertThat(call("demo", "POST", "/api/admin/units/du-xuan-thuong/move",
                "{\"parentCode\": \"du-xuan-thuong\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> moved = call("demo", "POST", "/api/admin/units/cb-thon-khe-thap/move",
                "{\"parentCode\": \"du-bao-ha\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(directory.findByCode("cb-thon-khe-thap").orElseThrow().parentId())
                .isEqualTo(directory.findByCode("du-bao-ha").orElseThrow().id());

        // close: refused while a unit below is active; then closed, it is offered to no draft
        assertThat(call("demo", "POST", "/api/admin/units/cb-thon-khe-thap/move",
                "{\"parentCode\": \"du-xuan-thuong\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> busy = call("demo", "POST", "/api/admin/units/du-xuan-thuong/close", null);
        assertThat(busy.statusCode()).isEqualTo(400);
        assertThat(message(busy)).contains("còn đơn vị trực thuộc đang hoạt động (Chi bộ thôn Khe Thấp)");
        assertThat(call("demo", "POST", "/api/admin/units/cb-thon-khe-thap/close", null).statusCode()).isEqualTo(200);
        HttpResponse<String> underClosed = call("demo", "POST", "/api/admin/units/mttq-bao-yen/move",
                "{\"parentCode\": \"cb-thon-khe-thap\"}");
        assertThat(underClosed.statusCode()).isEqualTo(400);
        assertThat(message(underClosed)).contains("đã đóng");
        assertThat(directory.findByCode("cb-thon-khe-thap")).isEmpty();
        assertThatThrownBy(() -> draft("hu-bao-yen", "phobithu", List.of("cb-thon-khe-thap")))
                .isInstanceOf(InvalidInputException.class);

        JsonNode tree = JSON.readTree(call("demo", "GET", "/api/admin/units", null).body());
        JsonNode closed = find(tree, "cb-thon-khe-thap");
        assertThat(closed.get("active").asBoolean()).isFalse();
        assertThat(find(tree, "du-xuan-thuong").get("children").get(0).get("code").asText())
                .isEqualTo("cb-thon-khe-thap");

        List<String> actions = jdbc.queryForList("select action from change_log where entity_key = "
                + "'du-xuan-thuong' order by id", String.class);
        assertThat(actions).containsExactly("CREATE", "UPDATE");
        assertThat(jdbc.queryForList("select action from change_log where entity_key = 'cb-thon-khe-thap' "
                + "order by id", String.class)).containsExactly("CREATE", "MOVE", "MOVE", "CLOSE");
    }

    @Test
    void closingAUnitListsItsOpenWork() throws Exception {
        addUnit("cb-dong-1", "Chi bộ thôn Đồng Tâm", "hu-bao-yen", "CHI_BO");
        ProcessInstance directive = new WorkflowDriver(engine).approvedDirective("V/v đóng đơn vị",
                List.of("cb-dong-1"), LocalDate.now(ZONE).plusDays(20));
        String number = (String) engine.getRuntimeService().getVariable(directive.getId(), "documentNumber");

        HttpResponse<String> closed = call("demo", "POST", "/api/admin/units/cb-dong-1/close", null);

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode open = JSON.readTree(closed.body()).get("openWork");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("documentNumber").asText()).isEqualTo(number);
        assertThat(open.get(0).get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(open.get(0).get("statusLabel").asText()).isEqualTo("Đã gửi, chưa xác nhận nhận");
        assertThat(JSON.readTree(call("demo", "GET", "/api/admin/units/cb-dong-1/open-work", null).body()))
                .hasSize(1);
        // its people still see the task they hold: the group stays
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("cb-dong-1").count()).isEqualTo(1);
    }

    @Test
    void hostileInputIsRefusedWithNothingWritten() throws Exception {
        long units = count("select count(*) from unit");
        long changes = count("select count(*) from change_log");
        String huge = "Đ".repeat(50_000);

        HttpResponse<String> longName = call("demo", "POST", "/api/admin/units",
                JSON.writeValueAsString(Map.of("code", "cb-dai", "name", huge, "parentCode", "hu-bao-yen")));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(message(longName)).isEqualTo("Tên đơn vị dài quá 255 ký tự.");
        assertThat(JSON.readTree(longName.body()).get("problems").get(0).get("field").asText()).isEqualTo("name");

        HttpResponse<String> many = call("demo", "POST", "/api/admin/units", """
                {"code": "Mã Có Dấu", "name": " ", "parentCode": "khong-co", "kind": "XYZ", "symbol": "h u",
                 "email": "khong-phai-thu", "canIssue": true}""");
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(message(many)).contains("Mã đơn vị 'Mã Có Dấu' chỉ gồm chữ thường", "Tên đơn vị không được để trống",
                "Không tìm thấy đơn vị cấp trên có mã 'khong-co'", "Loại đơn vị 'XYZ' không có",
                "Ký hiệu 'h u'", "Thư điện tử 'khong-phai-thu' không đúng dạng", "phải có địa danh");

        HttpResponse<String> duplicate = call("demo", "POST", "/api/admin/units",
                "{\"code\": \"hu-bao-yen\", \"name\": \"Trùng\"}");
        assertThat(message(duplicate)).isEqualTo("Mã đơn vị 'hu-bao-yen' đã có.");
        assertThat(message(call("demo", "POST", "/api/admin/units", "{\"code\": \"quan-ly\", \"name\": \"Q\"}")))
                .contains("trùng với một nhóm người dùng");

        HttpResponse<String> unknown = call("demo", "PUT", "/api/admin/units/" + "x".repeat(5000),
                "{\"name\": \"Tên\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(message(unknown)).startsWith("Không tìm thấy đơn vị có mã 'xxxx").hasSizeLessThan(120);
        assertThat(call("demo", "POST", "/api/admin/units/khong-co/close", null).statusCode()).isEqualTo(404);
        HttpResponse<String> broken = call("demo", "POST", "/api/admin/units", "{\"code\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(message(broken)).isEqualTo("Nội dung yêu cầu không đúng dạng JSON mong đợi.");
        HttpResponse<String> longRename = call("demo", "PUT", "/api/admin/units/mttq-bao-yen",
                JSON.writeValueAsString(Map.of("name", huge)));
        assertThat(longRename.statusCode()).isEqualTo(400);
        assertThat(call("demo", "POST", "/api/admin/people", JSON.writeValueAsString(Map.of("id", "nguoi-dai",
                "firstName", huge, "lastName", "A", "password", "Matkhau!2025", "unitCode", "mttq-bao-yen",
                "roles", List.of("THANH_VIEN")))).statusCode()).isEqualTo(400);
        assertThat(call("demo", "POST", "/api/admin/terms", JSON.writeValueAsString(Map.of("issuerCode",
                "hu-bao-yen", "name", huge, "startsOn", "2040-01-01", "endsOn", "2045-01-01"))).statusCode())
                .isEqualTo(400);

        assertThat(count("select count(*) from unit")).isEqualTo(units);
        assertThat(count("select count(*) from change_log")).isEqualTo(changes);
        assertThat(directory.findByCode("mttq-bao-yen").orElseThrow().name()).isEqualTo("Ủy ban MTTQ huyện Bảo Yên");
        assertThat(engine.getIdentityService().createUserQuery().userId("nguoi-dai").count()).isZero();
    }

    @Test
    void refusedInputIsLoggedInOneLine(CapturedOutput output) throws Exception {
        call("demo", "POST", "/api/admin/units", JSON.writeValueAsString(Map.of("code", "cb-log",
                "name", "x".repeat(300))));
        assertThat(output.getOut()).contains("Admin change refused (POST /api/admin/units): Tên đơn vị dài quá 255");
        assertThat(output.getOut()).doesNotContain("at vn.dang.chidao.administration");
    }

    @Test
    void recipientGroupsAreCreatedEditedAndDeleted() throws Exception {
        HttpResponse<String> created = call("demo", "POST", "/api/admin/groups", """
                {"ownerCode": "hu-bao-yen", "code": "hu-bao-yen_co-so", "name": "Các chi, đảng bộ cơ sở",
                 "memberKinds": ["DANG_UY"], "memberCodes": ["cb-thpt-bao-yen"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("currentMembers").toString())
                .contains("Đảng ủy xã Bảo Hà", "Chi bộ Trường THPT số 1 Bảo Yên");

        HttpResponse<String> edited = call("demo", "PUT", "/api/admin/groups/hu-bao-yen_co-so", """
                {"name": "Các đảng bộ cơ sở", "memberKinds": [], "memberCodes": ["du-bao-ha"]}""");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode group = JSON.readTree(edited.body());
        assertThat(group.get("name").asText()).isEqualTo("Các đảng bộ cơ sở");
        assertThat(group.get("currentMembers").toString()).contains("Đảng ủy xã Bảo Hà")
                .doesNotContain("THPT");
        HttpResponse<String> bad = call("demo", "PUT", "/api/admin/groups/hu-bao-yen_co-so",
                "{\"name\": \"X\", \"memberCodes\": [\"khong-co\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(message(bad)).contains("Không tìm thấy đơn vị có mã 'khong-co'");
        assertThat(JSON.readTree(call("demo", "GET", "/api/admin/groups?owner=hu-bao-yen", null).body()).toString())
                .contains("Các đảng bộ cơ sở");

        assertThat(call("demo", "DELETE", "/api/admin/groups/hu-bao-yen_co-so", null).statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from recipient_group where code = 'hu-bao-yen_co-so'")).isZero();
        assertThat(call("demo", "DELETE", "/api/admin/groups/hu-bao-yen_co-so", null).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForList("select action from change_log where entity = 'GROUP' and entity_key = "
                + "'hu-bao-yen_co-so' order by id", String.class)).containsExactly("CREATE", "UPDATE", "DELETE");
    }

    // ------------------------------------------------------------------ people

    @Test
    void aPersonIsCreatedWithRolesByNameAndDeactivatedWhenTheyLeave() throws Exception {
        HttpResponse<String> created = call("demo", "POST", "/api/admin/people", """
                {"id": "vanphong2", "firstName": "Trần Thị", "lastName": "Bình", "email": "binh@hubaoyen.dcs.vn",
                 "password": "Matkhau!2025", "unitCode": "hu-bao-yen", "roles": ["THANH_VIEN", "VAN_PHONG"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var identity = engine.getIdentityService();
        assertThat(identity.checkPassword("vanphong2", "Matkhau!2025")).isTrue();
        assertThat(groupsOf("vanphong2")).containsExactlyInAnyOrder("hu-bao-yen", "hu-bao-yen_van-phong");
        JsonNode person = JSON.readTree(created.body());
        assertThat(person.get("memberships").get(0).get("unitName").asText()).isEqualTo("Huyện ủy Bảo Yên");

        // roles replaced in one unit, kept elsewhere
        assertThat(call("demo", "PUT", "/api/admin/people/vanphong2/roles",
                "{\"unitCode\": \"btg-bao-yen\", \"roles\": [\"VAN_THU\"]}").statusCode()).isEqualTo(200);
        assertThat(call("demo", "PUT", "/api/admin/people/vanphong2/roles",
                "{\"unitCode\": \"hu-bao-yen\", \"roles\": [\"VAN_PHONG\", \"CHANH_VAN_PHONG\", \"QUAN_LY\"]}")
                .statusCode()).isEqualTo(200);
        assertThat(groupsOf("vanphong2")).containsExactlyInAnyOrder("hu-bao-yen_van-phong",
                "hu-bao-yen_chanh-van-phong", "btg-bao-yen_van-thu", "quan-ly");

        // refusals
        assertThat(message(call("demo", "POST", "/api/admin/people", """
                {"id": "yeu", "firstName": "A", "lastName": "B", "password": "demo"}""")))
                .contains("Mật khẩu phải có ít nhất 10 ký tự");
        assertThat(message(call("demo", "POST", "/api/admin/people", """
                {"id": "vanphong2", "firstName": "A", "lastName": "B", "password": "Matkhau!2025"}""")))
                .contains("Tên đăng nhập 'vanphong2' đã có người dùng");
        HttpResponse<String> noOffice = call("demo", "PUT", "/api/admin/people/vanphong2/roles",
                "{\"unitCode\": \"mttq-bao-yen\", \"roles\": [\"VAN_THU\"]}");
        assertThat(noOffice.statusCode()).isEqualTo(400);
        assertThat(message(noOffice)).contains("không ban hành văn bản nên không có vai trò Văn thư");
        assertThat(call("demo", "PUT", "/api/admin/people/khong-co/roles",
                "{\"unitCode\": \"hu-bao-yen\", \"roles\": []}").statusCode()).isEqualTo(404);
        assertThat(identity.createUserQuery().userId("yeu").count()).isZero();

        // deactivation: the task they hold goes back to the unit, they cannot sign in, they belong nowhere
        HttpResponse<String> mttq = call("demo", "POST", "/api/admin/people", """
                {"id": "mttq2", "firstName": "Lý Văn", "lastName": "Sơn", "password": "Matkhau!2025",
                 "unitCode": "mttq-bao-yen", "roles": ["THANH_VIEN"]}""");
        assertThat(mttq.statusCode()).isEqualTo(201);
        WorkflowDriver driver = new WorkflowDriver(engine);
        ProcessInstance directive = driver.approvedDirective("V/v thôi công tác", List.of("mttq-bao-yen"),
                LocalDate.now(ZONE).plusDays(20));
        Task task = engine.getTaskService().createTaskQuery()
                .processInstanceId(driver.unitWork(directive, "mttq-bao-yen").getId()).singleResult();
        engine.getTaskService().claim(task.getId(), "mttq2");

        HttpResponse<String> left = call("demo", "POST", "/api/admin/people/mttq2/deactivate", null);

        assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
        assertThat(JSON.readTree(left.body()).get("tasksReturned").asInt()).isEqualTo(1);
        Task back = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(back.getAssignee()).isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("mttq-bao-yen")
                .count()).isEqualTo(1);
        assertThat(identity.checkPassword("mttq2", "Matkhau!2025")).isFalse();
        assertThat(groupsOf("mttq2")).isEmpty();
        assertThat(call("mttq2", "GET", "/api/admin/units", null).statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(call("demo", "GET", "/api/admin/people/mttq2", null).body())
                .get("deactivated").asBoolean()).isTrue();
        assertThat(message(call("demo", "POST", "/api/admin/people/mttq2/deactivate", null))).contains("từ trước");
        assertThat(message(call("demo", "POST", "/api/admin/people/demo/deactivate", null)))
                .contains("chính mình");
        assertThat(jdbc.queryForList("select action from change_log where entity_key = 'mttq2' order by id",
                String.class)).containsExactly("CREATE", "DEACTIVATE");
    }

    /** The engine's writes share the change's transaction: a failure after the user was saved leaves no user. */
    @Test
    void aChangeThatFailsHalfWayLeavesNothingInTheEngineEither() throws Exception {
        // a unit written behind the administration's back: its Camunda group does not exist
        jdbc.update("insert into unit (code, name) values ('cb-khong-nhom', 'Chi bộ không có nhóm')");
        long changes = count("select count(*) from change_log");

        HttpResponse<String> failed = call("demo", "POST", "/api/admin/people", """
                {"id": "nua-chung", "firstName": "Nửa", "lastName": "Chừng", "password": "Matkhau!2025",
                 "unitCode": "cb-khong-nhom", "roles": ["THANH_VIEN"]}""");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(message(failed)).contains("không có thay đổi nào được ghi");
        assertThat(engine.getIdentityService().createUserQuery().userId("nua-chung").count()).isZero();
        assertThat(count("select count(*) from change_log")).isEqualTo(changes);
    }

    // ------------------------------------------------------------------ signers and terms

    @Test
    void signersMustBeUsersAndSignAsTheBodyAllows() throws Exception {
        HttpResponse<String> stranger = call("demo", "POST", "/api/admin/signers",
                "{\"userId\": \"khong-ai\", \"issuerCode\": \"hu-bao-yen\", \"position\": \"BI_THU\"}");
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(message(stranger)).contains("chưa có tài khoản người dùng");
        HttpResponse<String> wrongBody = call("demo", "POST", "/api/admin/signers",
                "{\"userId\": \"quanly\", \"issuerCode\": \"hu-bao-yen\", \"position\": \"TRUONG_BAN\"}");
        assertThat(wrongBody.statusCode()).isEqualTo(400);
        assertThat(message(wrongBody)).contains("Huyện ủy Bảo Yên không có người ký là TRƯỞNG BAN");
        assertThat(message(call("demo", "POST", "/api/admin/signers", """
                {"userId": "quanly", "issuerCode": "btg-bao-yen", "position": "PHO_TRUONG_BAN",
                 "authority": "ON_BEHALF"}"""))).contains("T/M");
        assertThat(message(call("demo", "POST", "/api/admin/signers",
                "{\"userId\": \"phobithu\", \"issuerCode\": \"hu-bao-yen\", \"position\": \"PHO_BI_THU\"}")))
                .contains("đã là người ký");
        assertThat(call("demo", "POST", "/api/admin/signers",
                "{\"userId\": \"quanly\", \"issuerCode\": \"mttq-bao-yen\", \"position\": \"BI_THU\"}")
                .statusCode()).isEqualTo(400);

        HttpResponse<String> added = call("demo", "POST", "/api/admin/signers", """
                {"userId": "quanly", "issuerCode": "hu-bao-yen", "position": "CHANH_VAN_PHONG",
                 "authority": "BY_ORDER"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("authorityLine").asText()).isEqualTo("T/L BAN THƯỜNG VỤ");
        assertThat(groupsOf("quanly")).contains("hu-bao-yen_lanh-dao");
        assertThat(JSON.readTree(call("demo", "GET", "/api/admin/signers?issuer=hu-bao-yen", null).body())
                .toString()).contains("Nguyễn Văn Thắng", "CHÁNH VĂN PHÒNG");

        assertThat(call("demo", "DELETE", "/api/admin/signers/hu-bao-yen/quanly", null).statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from signer where user_id = 'quanly'")).isZero();
        assertThat(call("demo", "DELETE", "/api/admin/signers/hu-bao-yen/quanly", null).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForList("select action from change_log where entity = 'SIGNER' and entity_key = "
                + "'quanly@hu-bao-yen' order by id", String.class)).containsExactly("CREATE", "DELETE");
    }

    @Test
    void termsNeverOverlapAndANewTermNumbersFromOne() throws Exception {
        addUnit("du-tan-tien", "Đảng ủy xã Tân Tiến", "hu-bao-yen", "DANG_UY", "ĐUTT");
        addUnit("cb-tan-tien-1", "Chi bộ thôn 1 Tân Tiến", "du-tan-tien", "CHI_BO");
        assertThat(call("demo", "POST", "/api/admin/signers",
                "{\"userId\": \"bithuxa\", \"issuerCode\": \"du-tan-tien\", \"position\": \"BI_THU\"}")
                .statusCode()).isEqualTo(201);
        assertThat(term("du-tan-tien", "2020-2025", "2020-10-01", "2025-06-30").statusCode()).isEqualTo(201);
        HttpResponse<String> overlap = term("du-tan-tien", "2025-2030 (trùng)", "2025-06-01", "2030-06-30");
        assertThat(overlap.statusCode()).isEqualTo(400);
        assertThat(message(overlap)).contains("trùng thời gian với nhiệm kỳ 2020-2025");
        HttpResponse<String> backwards = term("du-tan-tien", "2025-2030", "2030-06-30", "2025-07-01");
        assertThat(message(backwards)).isEqualTo("Ngày kết thúc nhiệm kỳ trước ngày bắt đầu.");
        assertThat(message(term("du-tan-tien", "x", "ngày 1/7", "2030-06-30"))).contains("không đúng dạng");
        assertThat(message(term("du-tan-tien", "x", "31/02/2026", "2030-06-30"))).contains("'31/02/2026' không đúng");
        // as people write dates
        assertThat(term("du-tan-tien", "2025-2030", "01/07/2025", "30/06/2030").statusCode()).isEqualTo(201);
        assertThat(message(term("du-tan-tien", "2025-2030", "2031-07-01", "2035-06-30")))
                .contains("đã có nhiệm kỳ 2025-2030");

        at(LocalDate.of(2025, 3, 1));
        long old1 = draft("du-tan-tien", "bithuxa", List.of("cb-tan-tien-1"));
        long old2 = draft("du-tan-tien", "bithuxa", List.of("cb-tan-tien-1"));
        assertThat(numbering.assign(old1)).hasToString("01-CV/ĐUTT");
        assertThat(numbering.assign(old2)).hasToString("02-CV/ĐUTT");
        at(LocalDate.of(2025, 8, 1));
        long new1 = draft("du-tan-tien", "bithuxa", List.of("cb-tan-tien-1"));
        assertThat(numbering.assign(new1)).hasToString("01-CV/ĐUTT");
        // the same printed number twice, told apart by the term: the old number stays its own
        assertThat(jdbc.queryForList("select term_id from directive where id in (?, ?)", Long.class, old1, new1))
                .doesNotHaveDuplicates().hasSize(2);
        assertThat(jdbc.queryForObject("select document_number from directive where id = ?", String.class, old1))
                .isEqualTo("01-CV/ĐUTT");

        // ending the current term early; it may not reach into the next one
        long current = jdbc.queryForObject("select t.id from term t join unit u on u.id = t.issuer_id "
                + "where u.code = 'du-tan-tien' and t.name = '2025-2030'", Long.class);
        HttpResponse<String> ended = call("demo", "PUT", "/api/admin/terms/" + current,
                "{\"endsOn\": \"2028-12-31\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(term("du-tan-tien", "2029-2034", "2029-01-01", "2034-06-30").statusCode()).isEqualTo(201);
        assertThat(call("demo", "PUT", "/api/admin/terms/" + current, "{\"endsOn\": \"2030-06-30\"}").statusCode())
                .isEqualTo(400);
        assertThat(JSON.readTree(call("demo", "GET", "/api/admin/terms?issuer=du-tan-tien", null).body()))
                .hasSize(3);
    }

    // ------------------------------------------------------------------ merge

    @Test
    void aMergedUnitsWorkFollowsTheUnitItWentInto() throws Exception {
        addUnit("du-a", "Đảng ủy xã Phúc Khánh", "hu-bao-yen", "DANG_UY");
        addUnit("du-b", "Đảng ủy xã Xuân Hòa", "hu-bao-yen", "DANG_UY");
        addUnit("cb-a-1", "Chi bộ thôn Khánh Hạ", "du-a", "CHI_BO");
        call("demo", "POST", "/api/admin/people", """
                {"id": "phuckhanh", "firstName": "Vũ Văn", "lastName": "Khánh", "password": "Matkhau!2025",
                 "unitCode": "du-a", "roles": ["THANH_VIEN"]}""");
        call("demo", "POST", "/api/admin/groups", """
                {"ownerCode": "hu-bao-yen", "code": "hu-bao-yen_xa", "name": "Các đảng ủy xã",
                 "memberCodes": ["du-a", "du-b"]}""");
        WorkflowDriver driver = new WorkflowDriver(engine);
        LocalDate deadline = LocalDate.now(ZONE).plusDays(20);
        ProcessInstance onlyA = driver.approvedDirective("V/v chỉ xã A", List.of("du-a"), deadline);
        ProcessInstance both = driver.approvedDirective("V/v cả hai xã", List.of("du-a", "du-b"), deadline);
        String workA = driver.unitWork(onlyA, "du-a").getId();
        String bothA = driver.unitWork(both, "du-a").getId();
        long rowOnlyA = recipientOf(onlyA, "du-a");
        long rowBothA = recipientOf(both, "du-a");
        String assignmentsOfOnlyA = "select count(*) from assignment_unit au join assignment x on x.id = "
                + "au.assignment_id join directive d on d.id = x.directive_id where d.process_instance_id = '"
                + onlyA.getId() + "' and au.unit_id = ";
        long assignedToA = count(assignmentsOfOnlyA + unitId("du-a"));
        assertThat(assignedToA).isPositive();

        // refusals first: itself, into a unit below it, into a closed unit
        assertThat(message(merge("du-a", "du-a"))).isEqualTo("Không hợp nhất được một đơn vị vào chính nó.");
        assertThat(message(merge("du-a", "cb-a-1"))).contains("đơn vị trực thuộc của chính nó");
        addUnit("cb-dong-2", "Chi bộ đã giải thể", "hu-bao-yen", "CHI_BO");
        call("demo", "POST", "/api/admin/units/cb-dong-2/close", null);
        assertThat(message(merge("du-a", "cb-dong-2"))).contains("đã đóng");
        assertThat(merge("du-a", "khong-co").statusCode()).isEqualTo(404);

        HttpResponse<String> merged = merge("du-a", "du-b");

        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(merged.body());
        assertThat(result.get("recipientsMoved").asInt()).isEqualTo(1);
        assertThat(result.get("recipientsKept").asInt()).isEqualTo(1);
        assertThat(result.get("tasksMoved").asInt()).isEqualTo(2);
        long a = unitId("du-a");
        long b = unitId("du-b");
        assertThat(jdbc.queryForObject("select unit_id from recipient where id = ?", Long.class, rowOnlyA))
                .isEqualTo(b);
        assertThat(count(assignmentsOfOnlyA + b)).isEqualTo(assignedToA);
        assertThat(count(assignmentsOfOnlyA + a)).isZero();
        // both received "cả hai xã": A's row stays under its old name, and acts through B
        assertThat(jdbc.queryForObject("select unit_id from recipient where id = ?", Long.class, rowBothA))
                .isEqualTo(a);
        assertThat(recipients.unitCode(rowBothA)).isEqualTo("du-b");
        assertThat(recipients.unitCode(rowOnlyA)).isEqualTo("du-b");
        for (String instance : List.of(workA, bothA)) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getGroupId).filter(g -> g != null).toList()).containsExactly("du-b");
        }
        // the chi bộ, the recipient group and the people follow; A keeps its name, closed, pointing to B
        assertThat(directory.findByCode("cb-a-1").orElseThrow().parentId()).isEqualTo(b);
        assertThat(count("select count(*) from recipient_group_member where unit_id = " + a)).isZero();
        assertThat(groupsOf("phuckhanh")).contains("du-a", "du-b");
        assertThat(directory.findByCode("du-a")).isEmpty();
        JsonNode node = find(JSON.readTree(call("demo", "GET", "/api/admin/units", null).body()), "du-a");
        assertThat(node.get("name").asText()).isEqualTo("Đảng ủy xã Phúc Khánh");
        assertThat(node.get("mergedIntoName").asText()).isEqualTo("Đảng ủy xã Xuân Hòa");

        // B's people carry on: the merged unit's acknowledgement is done by B's member
        Task ack = engine.getTaskService().createTaskQuery().processInstanceId(workA).singleResult();
        assertThat(engine.getTaskService().createTaskQuery().taskId(ack.getId()).taskCandidateUser("phuckhanh")
                .count()).isEqualTo(1);
        driver.complete("phuckhanh", ack, Map.of("leadPerson", "Đồng chí Bí thư", "supportPersons", "Văn phòng"));
        // the tasks created after the merger are B's too
        var next = engine.getTaskService().createTaskQuery().processInstanceId(workA)
                .taskDefinitionKey("Task_CarryOutAssignment");
        assertThat(next.count()).isEqualTo(assignedToA);
        assertThat(next.taskCandidateGroup("du-b").count()).isEqualTo(assignedToA);
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("du-a").count()).isZero();

        assertThat(message(merge("du-a", "du-b"))).contains("đã hợp nhất từ trước");
        JsonNode log = JSON.readTree(call("demo", "GET", "/api/admin/changes?entity=UNIT&key=du-a", null).body());
        assertThat(log.get(0).get("action").asText()).isEqualTo("MERGE");
        assertThat(log.get(0).get("actionLabel").asText()).isEqualTo("Hợp nhất");
        assertThat(log.get(0).get("changedBy").asText()).isEqualTo("demo");
    }

    // ------------------------------------------------------------------ audit

    @Test
    void theChangeLogShowsWhoChangedWhatFromWhatToWhat() throws Exception {
        addUnit("cb-nhat-ky", "Chi bộ Nhật ký", "hu-bao-yen", "CHI_BO");
        call("demo", "PUT", "/api/admin/units/cb-nhat-ky",
                "{\"name\": \"Chi bộ Nhật ký mới\", \"kind\": \"CHI_BO\", \"placeName\": \"Bảo Yên\"}");

        JsonNode log = JSON.readTree(call("demo", "GET", "/api/admin/changes?entity=UNIT&key=cb-nhat-ky", null)
                .body());

        assertThat(log).hasSize(2);
        JsonNode rename = log.get(0);
        assertThat(rename.get("changedBy").asText()).isEqualTo("demo");
        assertThat(rename.get("entityLabel").asText()).isEqualTo("Đơn vị");
        assertThat(rename.get("actionLabel").asText()).isEqualTo("Sửa");
        assertThat(rename.get("changedAt").asText()).isNotBlank();
        assertThat(rename.get("fields")).hasSize(1);
        assertThat(rename.get("fields").get(0).get("label").asText()).isEqualTo("Tên");
        assertThat(rename.get("fields").get(0).get("before").asText()).isEqualTo("Chi bộ Nhật ký");
        assertThat(rename.get("fields").get(0).get("after").asText()).isEqualTo("Chi bộ Nhật ký mới");
        assertThat(log.get(1).get("actionLabel").asText()).isEqualTo("Thêm");
        assertThat(call("demo", "GET", "/api/admin/changes?limit=5000", null).statusCode()).isEqualTo(400);
        assertThat(call("demo", "GET", "/api/admin/changes?limit=abc", null).statusCode()).isEqualTo(400);
        HttpResponse<String> noOwner = call("demo", "GET", "/api/admin/groups", null);
        assertThat(noOwner.statusCode()).isEqualTo(400);
        assertThat(message(noOwner)).isEqualTo("Thiếu tham số 'owner'.");
        assertThat(call("demo", "GET", "/api/admin/signers?issuer=khong-co", null).statusCode()).isEqualTo(404);
        assertThat(call("demo", "POST", "/api/admin/units", "[1, 2]").statusCode()).isEqualTo(400);
        assertThat(call("demo", "POST", "/api/admin/units", "null").statusCode()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> term(String issuer, String name, String start, String end) throws Exception {
        return call("demo", "POST", "/api/admin/terms", JSON.writeValueAsString(Map.of("issuerCode", issuer,
                "name", name, "startsOn", start, "endsOn", end)));
    }

    private HttpResponse<String> merge(String from, String into) throws Exception {
        return call("demo", "POST", "/api/admin/units/" + from + "/merge", "{\"intoCode\": \"" + into + "\"}");
    }

    private void addUnit(String code, String name, String parent, String kind) throws Exception {
        HttpResponse<String> r = call("demo", "POST", "/api/admin/units", JSON.writeValueAsString(Map.of(
                "code", code, "name", name, "parentCode", parent, "kind", kind, "placeName", "Bảo Yên")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private void addUnit(String code, String name, String parent, String kind, String symbol) throws Exception {
        HttpResponse<String> r = call("demo", "POST", "/api/admin/units", JSON.writeValueAsString(Map.of(
                "code", code, "name", name, "parentCode", parent, "kind", kind, "placeName", "Tân Tiến",
                "symbol", symbol, "canIssue", true, "headerName", "ĐẢNG BỘ HUYỆN BẢO YÊN")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private long draft(String issuer, String signer, List<String> recipientCodes) {
        DirectiveDraft draft = new DirectiveDraft(DirectiveType.CV, issuer, "V/v thử nhiệm kỳ", null, "Nội dung",
                "Mục đích", null, null, recipientCodes,
                List.of(new AssignmentDraft("Thực hiện", recipientCodes,
                        LocalDate.now(ClockUtil.getCurrentTime().toInstant().atZone(ZONE).getZone())
                                .plusDays(30).toString())),
                List.of("Lưu VT"), signer, null);
        return directives.saveDraft(null, draft, user -> "Hoàng Thị Thơm", Actor.SYSTEM, null);
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(java.util.Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
    }

    private long recipientOf(ProcessInstance directive, String unit) {
        return jdbc.queryForObject("select r.id from recipient r join directive d on d.id = r.directive_id "
                + "join unit u on u.id = r.unit_id where d.process_instance_id = ? and u.code = ?", Long.class,
                directive.getId(), unit);
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
    }

    private List<String> groupsOf(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static JsonNode find(JsonNode nodes, String code) {
        List<JsonNode> queue = new ArrayList<>();
        nodes.forEach(queue::add);
        while (!queue.isEmpty()) {
            JsonNode n = queue.remove(0);
            if (n.get("code").asText().equals(code)) {
                return n;
            }
            n.get("children").forEach(queue::add);
        }
        throw new AssertionError("no unit " + code + " in the tree");
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("message").asText();
    }

    private HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (user != null) {
            // the demo users' password, or the one this test gave the people it created
            String password = CREATED.contains(user) ? "Matkhau!2025" : "demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
