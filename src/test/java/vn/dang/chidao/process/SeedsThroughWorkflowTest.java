package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.directory.UnitKind;
import vn.dang.chidao.document.DirectiveDocuments;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * The Bảo Yên công văn of {@code shared/seeds} entered through the workflow by a Huyện ủy set up as that committee
 * is (its groups "Các chi, đảng bộ trực thuộc", "MTTQ và các đoàn thể huyện" …, its Phó Bí thư), issued, and its
 * PDF and DOCX read back and compared with the seed's own lines: header, Kính gửi, a point per unit, Nơi nhận,
 * signing block. The committee is a second "Huyện ủy Bảo Yên" of its own (codes seed-…), so the demo's is untouched.
 */
class SeedsThroughWorkflowTest extends WorkflowTestBase {

    private static final Path SEED = Path.of("..", "shared", "seeds", "cong-van-bao-yen-2022.txt");

    @Autowired
    UnitDirectory directory;
    @Autowired
    RecipientGroups groups;
    @Autowired
    Signers signers;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    DirectiveDocuments documents;

    @BeforeEach
    void committeeOfTheSeed() {
        if (directory.findByCode("seed-hu").isPresent()) {
            return;
        }
        long province = directory.findByCode("tu-lao-cai").orElseThrow().id();
        long hu = directory.insert("seed-hu", "Huyện ủy Bảo Yên", province, "HU", "Bảo Yên", null, null, true);
        directory.setHeaderLines(hu, "ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN");
        directory.setKind(hu, UnitKind.CAP_UY);
        jdbc.update("insert into term (issuer_id, name, starts_on, ends_on) values (?, ?, ?, ?)", hu, "2020-2025",
                Date.valueOf(LocalDate.of(2020, 7, 1)), Date.valueOf(LocalDate.of(2030, 12, 31)));
        Map<String, UnitKind> units = new LinkedHashMap<>();
        units.put("Đảng ủy xã Tân Dương", UnitKind.DANG_UY);
        units.put("Chi bộ Cơ quan Huyện ủy", UnitKind.CHI_BO);
        units.put("Ban Tổ chức Huyện ủy", UnitKind.BAN);
        units.put("Ban Tuyên giáo Huyện ủy", UnitKind.BAN);
        units.put("Ủy ban MTTQ huyện", UnitKind.DOAN_THE);
        units.put("Đoàn thanh niên huyện", UnitKind.DOAN_THE);
        units.put("Phòng Giáo dục và Đào tạo", UnitKind.CO_QUAN);
        units.put("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", UnitKind.CO_QUAN);
        units.put("Ban Chỉ đạo 35 huyện", UnitKind.CO_QUAN);
        List<Long> ids = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, UnitKind> unit : units.entrySet()) {
            long id = directory.insert("seed-u" + n++, unit.getKey(), hu, null, "Bảo Yên", null, null, false);
            directory.setKind(id, unit.getValue());
            ids.add(id);
        }
        // the Ban Tuyên giáo issues too (as a Ban of the Huyện ủy)
        directory.setBodyKind(ids.get(3), SignerPosition.BodyKind.BAN);
        groups.add(hu, "seed-chi-dang-bo", "Các chi, đảng bộ trực thuộc", List.of(UnitKind.DANG_UY, UnitKind.CHI_BO),
                List.of());
        groups.add(hu, "seed-tham-muu", "Các cơ quan tham mưu, giúp việc Huyện ủy", List.of(UnitKind.BAN), List.of());
        groups.add(hu, "seed-doan-the", "MTTQ và các đoàn thể huyện", List.of(UnitKind.DOAN_THE), List.of());
        groups.add(hu, "seed-khoi-tuyen-truyen", "Các cơ quan trong khối tuyên truyền", List.of(),
                List.of(ids.get(6), ids.get(7)));
        identitySetup.synchronize();
        IdentityService identity = engine.getIdentityService();
        user(identity, "seed-vanphong", "Nguyễn Thị", "Hằng", "seed-hu_van-phong", "seed-hu_chanh-van-phong");
        user(identity, "seed-phobithu", "Nguyễn Xuân", "Nhân", "seed-hu_lanh-dao");
        signers.add("seed-phobithu", hu, SignerPosition.PHO_BI_THU);
    }

    @Test
    void theBaoYenCongVanComesOutAsTheSeedLaysItOut() throws IOException {
        ProcessInstance pi = driver.start("cong-van", "seed-vanphong", "V/v tăng cường triển khai đợt sinh hoạt");
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("issuer", "seed-hu");
        draft.put("subject", "V/v tăng cường triển khai đợt sinh hoạt\nchính trị gắn với kỷ niệm 132 năm ngày sinh\n"
                + "Chủ tịch Hồ Chí Minh");
        draft.put("body", "Để tiếp tục triển khai sâu rộng, hiệu quả đợt sinh hoạt chính trị, tư tưởng này, Huyện ủy "
                + "Bảo Yên yêu cầu các chi, đảng bộ trực thuộc, Mặt trận Tổ quốc và các đoàn thể huyện, các cơ quan "
                + "đơn vị tập trung triển khai một số nhiệm vụ như sau:");
        draft.put("recipients", List.of("nhom:seed-chi-dang-bo", "nhom:seed-tham-muu", "nhom:seed-doan-the",
                "nhom:seed-khoi-tuyen-truyen", "seed-u9"));
        draft.put("assignments", List.of(
                assignment("Căn cứ Hướng dẫn số 39-HD/HU, ngày 06/5/2022 của Huyện ủy Bảo Yên xây dựng chương trình, "
                        + "kế hoạch tổ chức các hội nghị, hội thảo, tọa đàm khoa học.",
                        List.of("nhom:seed-chi-dang-bo", "nhom:seed-doan-the"), "thường xuyên"),
                assignment("Chỉ đạo các nhà trường, tổ chức đoàn trực thuộc tập trung triển khai đợt sinh hoạt chính "
                        + "trị.", List.of("seed-u7", "seed-u6"), "thường xuyên"),
                assignment("Xây dựng kế hoạch, chương trình tuyên truyền sâu rộng về nội dung tác phẩm.",
                        List.of("nhom:seed-khoi-tuyen-truyen"), "thường xuyên"),
                assignment("Tăng cường cập nhật các nội dung thông tin để đăng tải trên trang facebook Trần Phố Ràng.",
                        List.of("nhom:seed-tham-muu", "seed-u9"), "thường xuyên")));
        draft.put("closing", "Yêu cầu các địa phương, cơ quan, đơn vị nghiêm túc triển khai thực hiện./.");
        draft.put("distribution", "Thường trực HU\nBan Tuyên giáo HU\nNhư kính gửi\nLưu VT+BTGHU");
        draft.put("signer", "seed-phobithu");
        driver.complete("seed-vanphong", pi.getId(), "Task_DraftDirective", draft);
        driver.complete("seed-vanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("seed-phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        long id = directiveId(pi.getId());
        // every member of every group got the directive, each once
        assertThat(count("select count(*) from recipient where directive_id = ? and process_instance_id is not null",
                id)).isEqualTo(9);

        String pdf;
        try (var doc = Loader.loadPDF(documents.find(id, DirectiveDocuments.Format.PDF).orElseThrow().content())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        String docx;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(
                documents.find(id, DirectiveDocuments.Format.DOCX).orElseThrow().content()));
             var extractor = new XWPFWordExtractor(doc)) {
            docx = extractor.getText();
        }
        List<String> seed = Files.readAllLines(SEED).stream().map(l -> l.replace("*", "").strip()).toList();
        List<String> expected = new ArrayList<>();
        expected.addAll(List.of("ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN", "V/v tăng cường triển khai đợt sinh hoạt",
                "chính trị gắn với kỷ niệm 132 năm ngày sinh", "Chủ tịch Hồ Chí Minh", "Kính gửi:"));
        expected.addAll(listAfter(seed, "- Kính gửi:"));
        expected.addAll(List.of(
                // the seed writes the second group "Mặt trận Tổ quốc và các đoàn thể huyện" here: one group, one name
                "1. Các chi, đảng bộ trực thuộc; MTTQ và các đoàn thể huyện:",
                "2. Đoàn thanh niên huyện, Phòng Giáo dục và Đào tạo:",
                "3. Các cơ quan trong khối tuyên truyền:",
                // every Kính gửi unit has work here: the seed's Ban Tuyên giáo point goes to the whole group
                "4. Các cơ quan tham mưu, giúp việc Huyện ủy; Ban Chỉ đạo 35 huyện:",
                "Yêu cầu các địa phương, cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", "Nơi nhận:"));
        expected.addAll(listAfter(seed, "Nơi nhận:"));
        expected.addAll(List.of("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Nhân"));
        assertThat(expected).contains("- Các chi, đảng bộ trực thuộc,", "- Ban Chỉ đạo 35 huyện.", "- Lưu VT+BTGHU.");
        for (String text : List.of(pdf, docx)) {
            List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty())
                    .toList();
            assertThat(String.join("\n", lines)).containsSubsequence(expected);
            assertThat(lines).anyMatch(l -> l.matches(".*Số \\d{2}-CV/HU.*"))
                    .anyMatch(l -> l.matches(".*Bảo Yên, ngày \\d{2} tháng \\d{2} năm \\d{4}.*"));
        }
    }

    @Test
    void aBanInAGroupItAddressesIsLeftOutOfIt() {
        Unit ban = directory.findByCode("seed-u4").orElseThrow();
        Unit hu = directory.findByCode("seed-hu").orElseThrow();
        assertThat(staff(hu).memberCodes()).containsExactly("seed-u3", "seed-u4");
        // the Ban Tuyên giáo writing to "Các cơ quan tham mưu, giúp việc Huyện ủy" means the other Bans
        assertThat(staff(ban).memberCodes()).containsExactly("seed-u3");
        assertThat(groups.expand(ban, List.of("nhom:seed-tham-muu"))).containsExactly("seed-u3");
    }

    private RecipientGroup staff(Unit issuer) {
        return groups.available(issuer).stream().filter(g -> g.code().equals("seed-tham-muu")).findFirst()
                .orElseThrow();
    }

    /** The "- …" lines of the seed after a caption line, up to the first blank line after them. */
    private static List<String> listAfter(List<String> seed, String caption) {
        int start = seed.indexOf(caption) + 1;
        List<String> items = new ArrayList<>();
        for (int i = start; i < seed.size(); i++) {
            String line = seed.get(i);
            if (line.startsWith("-")) {
                items.add(line);
            } else if (!items.isEmpty()) {
                break;
            }
        }
        assertThat(items).as("the seed's list after " + caption).isNotEmpty();
        return items;
    }

    private static Map<String, Object> assignment(String content, List<String> units, String deadline) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("content", content);
        a.put("units", units);
        a.put("deadline", deadline);
        return a;
    }

    private static void user(IdentityService identity, String id, String first, String last, String... groupIds) {
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setPassword("Seed-2026-password");
        identity.saveUser(user);
        for (String group : groupIds) {
            identity.createMembership(id, group);
        }
    }
}
