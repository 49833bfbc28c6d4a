package vn.dang.chidao.administration.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.web.OwnEngine;

/**
 * The import against the demo directory (Huyện ủy Bảo Yên): each kind of bad input refused with its Vietnamese
 * message naming the row, and nothing written (not even the good rows beside it); a good file upserts by code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class DirectoryWorkbookImportTest {

    private static final List<String> TABLES = List.of("unit", "recipient_group", "recipient_group_member", "signer",
            "term", "change_log", "act_id_group");

    @Autowired
    DirectoryWorkbook workbook;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    TransactionTemplate transactions;

    private Map<String, Long> before;

    @BeforeEach
    void countRows() {
        before = counts();
    }

    @Test
    void wrongSheetNamesAreRefused() {
        byte[] file = new TestWorkbooks().sheet("Don vi", "Mã đơn vị", "Tên đơn vị").row("cb-moi", "Chi bộ mới")
                .sheet("Người ký", "Tài khoản", "Cơ quan", "Chức vụ").bytes();

        assertThat(refused(file)).containsExactly(
                "Trang tính 'Don vi' không có trong mẫu: tên các trang phải là 'Đơn vị', 'Nhóm Kính gửi', "
                        + "'Người ký', 'Nhiệm kỳ'.",
                "Thiếu trang tính 'Đơn vị': tên các trang phải là 'Đơn vị', 'Nhóm Kính gửi', 'Người ký', 'Nhiệm kỳ'.");
        assertNothingWritten();
    }

    @Test
    void missingRequiredColumnsAreRefused() {
        byte[] file = new TestWorkbooks().sheet("Đơn vị", "Mã đơn vị", "Ký hiệu").row("cb-moi", "CB")
                .sheet("Nhiệm kỳ", "Cơ quan", "Tên nhiệm kỳ", "Từ ngày").bytes();

        assertThat(refused(file)).containsExactly(
                "Trang 'Đơn vị': thiếu cột bắt buộc 'Tên đơn vị' ở dòng tiêu đề (dòng 1).",
                "Trang 'Nhiệm kỳ': thiếu cột bắt buộc 'Đến ngày' ở dòng tiêu đề (dòng 1).");
        assertNothingWritten();
    }

    @Test
    void duplicateCodesAreRefusedWithBothRows() {
        TestWorkbooks file = new TestWorkbooks().units();
        for (int i = 2; i <= 13; i++) {
            file.row(i == 5 ? "cb-x" : "cb-moi-" + i, "Chi bộ " + i, "hu-bao-yen", "Chi bộ");
        }
        file.row("cb-x", "Chi bộ X (lần hai)", "hu-bao-yen", "Chi bộ");
        file.sheet("Nhóm Kính gửi", "Mã nhóm", "Tên nhóm", "Cơ quan")
                .row("hu-bao-yen_doan-the", "MTTQ và các đoàn thể", "hu-bao-yen")
                .row("hu-bao-yen_doan-the", "Lặp lại", "hu-bao-yen");

        assertThat(refused(file.bytes())).containsExactly(
                "Dòng 14 (trang Đơn vị): mã đơn vị 'cb-x' đã có ở dòng 5.",
                "Dòng 3 (trang Nhóm Kính gửi): mã nhóm 'hu-bao-yen_doan-the' đã có ở dòng 2.");
        assertNothingWritten();
    }

    @Test
    void aParentThatExistsNowhereIsRefused() {
        byte[] file = new TestWorkbooks().units()
                .row("cb-moi", "Chi bộ mới", "du-bao-ha", "Chi bộ")
                .row("cb-lac", "Chi bộ lạc", "khong-co", "Chi bộ").bytes();

        assertThat(refused(file)).containsExactly("Dòng 3 (trang Đơn vị): đơn vị cấp trên 'khong-co' của 'cb-lac' "
                + "không có trong tệp và chưa có trong danh mục.");
        assertNothingWritten();
    }

    @Test
    void cyclesInTheTreeAreRefused() {
        // a → b → c → a in the file; the Huyện ủy moved under its own commune; a unit its own parent
        byte[] file = new TestWorkbooks().units()
                .row("vong-a", "Đơn vị A", "vong-b", "Chi bộ")
                .row("vong-b", "Đơn vị B", "vong-c", "Chi bộ")
                .row("vong-c", "Đơn vị C", "vong-a", "Chi bộ")
                .row("hu-bao-yen", "Huyện ủy Bảo Yên", "du-bao-ha", "Cấp ủy", "HU", "Có")
                .row("tu-than", "Tự thân", "tu-than", "Chi bộ").bytes();

        assertThat(refused(file)).containsExactly(
                "Dòng 2 (trang Đơn vị): cây đơn vị có vòng lặp: vong-a → vong-b → vong-c → vong-a (một đơn vị không "
                        + "thể nằm dưới chính nó).",
                "Dòng 5 (trang Đơn vị): cây đơn vị có vòng lặp: hu-bao-yen → du-bao-ha → hu-bao-yen (một đơn vị "
                        + "không thể nằm dưới chính nó).",
                "Dòng 6 (trang Đơn vị): đơn vị 'tu-than' không thể là cấp trên của chính nó.");
        assertNothingWritten();
    }

    @Test
    void aSignerWhoIsNoUserIsRefused() {
        byte[] file = new TestWorkbooks().units().row("cb-moi", "Chi bộ mới", "hu-bao-yen", "Chi bộ")
                .sheet("Người ký", "Tài khoản", "Cơ quan", "Chức vụ", "Hình thức ký")
                .row("phobithu", "hu-bao-yen", "Phó Bí thư", "T/M")
                .row("nguoi-la", "hu-bao-yen", "Bí thư", "")
                .row("truongbantg", "btg-bao-yen", "Bí thư", "")
                .row("phobithu", "cb-thpt-bao-yen", "Bí thư", "").bytes();

        assertThat(refused(file)).containsExactly(
                "Dòng 3 (trang Người ký): tài khoản 'nguoi-la' không phải người dùng của hệ thống: tạo tài khoản "
                        + "trước rồi nhập lại.",
                "Dòng 4 (trang Người ký): chức vụ 'Bí thư' không có ở cơ quan 'btg-bao-yen' (Ban).",
                "Dòng 5 (trang Người ký): đơn vị 'cb-thpt-bao-yen' không được ban hành văn bản (cột 'Được ban hành' "
                        + "ở trang 'Đơn vị') nên không có người ký.");
        assertNothingWritten();
    }

    @Test
    void overlappingTermsOfOneBodyAreRefused() {
        // the demo's 2025-2030 term of the Huyện ủy runs 01/07/2025 – 31/12/2030
        byte[] file = new TestWorkbooks().units().row("cb-moi", "Chi bộ mới", "hu-bao-yen", "Chi bộ")
                .sheet("Nhiệm kỳ", "Cơ quan", "Tên nhiệm kỳ", "Từ ngày", "Đến ngày")
                .row("hu-bao-yen", "2030-2035", "01/06/2030", "31/05/2035")
                .row("du-bao-ha", "2020-2025", "01/01/2020", "30/06/2025")
                .row("du-bao-ha", "2020-2025 (bổ sung)", "01/01/2024", "31/12/2024")
                .row("tu-lao-cai", "2020-2025", "01/01/2020", "30/06/2025")
                .row("btg-bao-yen", "Sai ngày", "31/02/2025", "01/01/2024").bytes();

        assertThat(refused(file)).containsExactly(
                "Dòng 2 (trang Nhiệm kỳ): nhiệm kỳ '2030-2035' của 'hu-bao-yen' (01/06/2030 – 31/05/2035) trùng thời "
                        + "gian với nhiệm kỳ '2025-2030' (01/07/2025 – 31/12/2030, đã có trong danh mục).",
                "Dòng 3 (trang Nhiệm kỳ): nhiệm kỳ '2020-2025' của 'du-bao-ha' (01/01/2020 – 30/06/2025) trùng thời "
                        + "gian với nhiệm kỳ '2020-2025 (bổ sung)' (01/01/2024 – 31/12/2024, dòng 4).",
                "Dòng 6 (trang Nhiệm kỳ): '31/02/2025' ở cột 'Từ ngày' không phải ngày dạng ngày/tháng/năm "
                        + "(ví dụ 01/07/2025).");
        assertNothingWritten();
    }

    @Test
    void whatIsNoWorkbookIsRefused() throws Exception {
        assertThat(refused("Mã đơn vị;Tên đơn vị\ncb-moi;Chi bộ mới".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Tệp không phải sổ tính Excel .xlsx: hãy tải mẫu, điền vào mẫu và tải lên tệp .xlsx.");
        var word = new ByteArrayOutputStream();
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("Mã đơn vị");
            docx.write(word);
        }
        assertThat(refused(word.toByteArray())).containsExactly(
                "Không đọc được sổ tính: tệp .xlsx bị hỏng hoặc không phải sổ tính Excel.");
        assertNothingWritten();
    }

    @Test
    void aGoodFileUpsertsByCodeAndLeavesTheRestAlone() {
        long mttq = jdbc.queryForObject("select id from unit where code = 'mttq-bao-yen'", Long.class);
        // the child before its parent; the Huyện ủy renamed (its columns not in the file keep their values)
        byte[] file = new TestWorkbooks().units()
                .row("cb-thon-moi", "Chi bộ thôn Mới", "du-xa-moi", "Chi bộ")
                .row("du-xa-moi", "Đảng ủy xã Mới", "hu-bao-yen", "Đảng ủy cơ sở", "ĐU", "Có")
                .row("hu-bao-yen", "Huyện ủy Bảo Yên (mới)", "tu-lao-cai", "Cấp ủy", "HU", "Có")
                .sheet("Nhóm Kính gửi", "Mã nhóm", "Tên nhóm", "Cơ quan", "Loại đơn vị thành viên", "Đơn vị thành viên")
                .row("du-xa-moi_chi-bo", "Các chi bộ trực thuộc", "du-xa-moi", "Chi bộ", "")
                .sheet("Người ký", "Tài khoản", "Cơ quan", "Chức vụ", "Hình thức ký")
                .row("bithuxa", "du-xa-moi", "Bí thư", "")
                .sheet("Nhiệm kỳ", "Cơ quan", "Tên nhiệm kỳ", "Từ ngày", "Đến ngày")
                .row("du-xa-moi", "2025-2030", "01/07/2025", "31/12/2030").bytes();

        // in a transaction of the test's, rolled back: the import joins it, the engine's groups too, and the demo
        // directory stays as the other tests of this context expect it
        transactions.executeWithoutResult(status -> {
            ImportSummary summary = workbook.importWorkbook(file, "xa-moi.xlsx", "demo");

            assertThat(summary.units()).isEqualTo(new ImportSummary.Counts(2, 1, 0));
            assertThat(summary.groups()).isEqualTo(new ImportSummary.Counts(1, 0, 0));
            assertThat(summary.signers()).isEqualTo(new ImportSummary.Counts(1, 0, 0));
            assertThat(summary.terms()).isEqualTo(new ImportSummary.Counts(1, 0, 0));
            Map<String, Object> district = jdbc.queryForMap("select name, symbol, place_name, header_issuer from unit "
                    + "where code = 'hu-bao-yen'");
            assertThat(district).containsEntry("NAME", "Huyện ủy Bảo Yên (mới)").containsEntry("PLACE_NAME", "Bảo Yên")
                    .containsEntry("HEADER_ISSUER", "HUYỆN ỦY BẢO YÊN");
            assertThat(jdbc.queryForObject("select p.code from unit u join unit p on p.id = u.parent_id "
                    + "where u.code = 'cb-thon-moi'", String.class)).isEqualTo("du-xa-moi");
            assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, mttq))
                    .isEqualTo("Ủy ban MTTQ huyện Bảo Yên");
            assertThat(jdbc.queryForObject("select count(*) from term t join unit u on u.id = t.issuer_id "
                    + "where u.code = 'du-xa-moi'", Long.class)).isEqualTo(1);
            // the engine's groups of the new units, the role groups of the one that issues
            assertThat(identity.createGroupQuery().groupIdIn("du-xa-moi", "du-xa-moi_van-phong", "du-xa-moi_lanh-dao",
                    "cb-thon-moi").count()).isEqualTo(4);
            assertThat(identity.createGroupQuery().groupId("hu-bao-yen").singleResult().getName())
                    .isEqualTo("Huyện ủy Bảo Yên (mới)");
            // one entry per row written, and one for the import
            assertThat(jdbc.queryForList("select entity || ':' || entity_key || ':' || action from change_log "
                    + "where id > (select coalesce(max(id), 0) - 7 from change_log) order by id", String.class))
                    .containsExactly("UNIT:du-xa-moi:CREATE", "UNIT:cb-thon-moi:CREATE", "UNIT:hu-bao-yen:UPDATE",
                            "GROUP:du-xa-moi_chi-bo:CREATE", "SIGNER:bithuxa@du-xa-moi:CREATE",
                            "TERM:du-xa-moi/2025-2030:CREATE", "IMPORT:xa-moi.xlsx:IMPORT");
            String after = jdbc.queryForObject("select after_value from change_log where entity = 'UNIT' "
                    + "and entity_key = 'hu-bao-yen' order by id desc limit 1", String.class);
            assertThat(after).contains("\"name\":\"Huyện ủy Bảo Yên (mới)\"");

            // the same file again changes nothing
            ImportSummary again = workbook.importWorkbook(file, "xa-moi.xlsx", "demo");
            assertThat(again.units()).isEqualTo(new ImportSummary.Counts(0, 0, 3));
            assertThat(again.terms()).isEqualTo(new ImportSummary.Counts(0, 0, 1));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'du-xa-moi'", Long.class)).isZero();
        assertThat(identity.createGroupQuery().groupId("du-xa-moi").count()).isZero();
        assertThat(identity.createGroupQuery().groupId("hu-bao-yen").singleResult().getName())
                .isEqualTo("Huyện ủy Bảo Yên");
        assertNothingWritten();
    }

    private List<String> refused(byte[] file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> workbook.importWorkbook(file, "danh-muc.xlsx", "demo"));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    private void assertNothingWritten() {
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }
}
