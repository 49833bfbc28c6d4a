package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.directory.UnitKind;

/**
 * A directive entered through the workflow as the Bắc Kạn seed is written (a group "Các chi, đảng bộ trực thuộc"
 * and a centre in Kính gửi; two tasks for the group, one for the centre), issued, and read back from its PDF: the
 * group prints as its phrase and reaches every member; each point names its units; a Chánh Văn phòng signs "T/L".
 * The directory rows are the province's own (the Tỉnh ủy issues), so the Huyện ủy's demo drafts are untouched.
 */
class PaperThroughWorkflowTest extends WorkflowTestBase {

    private static final Path PREVIEWS = Path.of("target", "document-previews");

    @Autowired
    UnitDirectory directory;
    @Autowired
    RecipientGroups groups;
    @Autowired
    Signers signers;

    private long province;

    @BeforeEach
    void directoryOfTheProvince() {
        province = directory.findByCode("tu-lao-cai").orElseThrow().id();
        if (directory.findByCode("paper-du-khoi").isPresent()) {
            return;
        }
        long bloc = directory.insert("paper-du-khoi", "Đảng ủy Khối các cơ quan tỉnh", province, null, "Lào Cai",
                null, null, false);
        long police = directory.insert("paper-du-cong-an", "Đảng ủy Công an tỉnh", province, null, "Lào Cai", null,
                null, false);
        directory.insert("paper-tt-van-hoa", "Trung tâm Văn hóa, Thể thao và Truyền thông tỉnh", province, null,
                "Lào Cai", null, null, false);
        directory.setKind(bloc, UnitKind.DANG_UY);
        directory.setKind(police, UnitKind.DANG_UY);
        groups.add(province, "paper-chi-dang-bo", "Các chi, đảng bộ trực thuộc Tỉnh ủy", List.of(UnitKind.DANG_UY),
                List.of());
        signers.add("vanphongtinh", province, SignerPosition.CHANH_VAN_PHONG, SigningAuthority.BY_ORDER,
                SignerPosition.BodyKind.CAP_UY);
    }

    @Test
    void aGroupPrintsAsItsPhraseReachesEveryMemberAndEachPointNamesItsUnits() throws IOException {
        Unit centre = directory.findByCode("paper-tt-van-hoa").orElseThrow();
        ProcessInstance pi = driver.start("cong-van", "vanphongtinh", "Tiếp tục học tập và làm theo Bác");
        Map<String, Object> draft = WorkflowDriver.draft("Tiếp tục học tập và làm theo Bác",
                List.of("nhom:paper-chi-dang-bo", centre.code()), today().plusMonths(2));
        draft.put("issuer", "tu-lao-cai");
        draft.put("signer", "vanphongtinh");
        draft.put("assignments", List.of(
                assignment("Xây dựng kế hoạch học tập chuyên đề năm 2027.", List.of("nhom:paper-chi-dang-bo"),
                        "trước ngày 30/3 hằng năm"),
                assignment("Đưa nội dung học tập vào sinh hoạt chi bộ thường kỳ.", List.of("nhom:paper-chi-dang-bo"),
                        "thường xuyên"),
                assignment("Đẩy mạnh tuyên truyền chuyên đề trên các nền tảng số.", List.of(centre.code()),
                        "thường xuyên")));
        driver.complete("vanphongtinh", pi.getId(), "Task_DraftDirective", draft);
        driver.complete("vanphongtinh", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("vanphongtinh", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();

        long id = directiveId(pi.getId());
        // the group reaches each member: one unit work per unit, the two đảng ủy and the centre
        assertThat(jdbc.queryForList("select u.code from recipient r join unit u on u.id = r.unit_id "
                + "where r.directive_id = ? and r.process_instance_id is not null order by r.position", String.class, id))
                .containsExactly("paper-du-khoi", "paper-du-cong-an", "paper-tt-van-hoa");
        assertThat(count("select count(*) from assignment_unit au join assignment a on a.id = au.assignment_id "
                + "where a.directive_id = ? and a.position = 1", id)).isEqualTo(2);
        Task task = engine.getTaskService().createTaskQuery()
                .processInstanceId(driver.unitWork(pi, "paper-du-cong-an").getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_AcknowledgeReceipt");

        byte[] pdf = jdbc.queryForObject("select content from directive_document where directive_id = ? "
                + "and format = 'PDF'", byte[].class, id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            // HD 36 §1.2: a Tỉnh ủy, directly under the Central Committee, prints its own name only
            assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(3).toList())
                    .containsExactly("TỈNH ỦY LÀO CAI", "*", "ĐẢNG CỘNG SẢN VIỆT NAM");
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).containsSubsequence("TỈNH ỦY LÀO CAI",
                    "Kính gửi: - Các chi, đảng bộ trực thuộc Tỉnh ủy,",
                    "- Trung tâm Văn hóa, Thể thao và Truyền thông tỉnh.",
                    "1. Các chi, đảng bộ trực thuộc Tỉnh ủy:",
                    "- Xây dựng kế hoạch học tập chuyên đề năm 2027.", "Thời hạn: trước ngày 30/3 hằng năm.",
                    "- Đưa nội dung học tập vào sinh hoạt chi bộ thường kỳ.", "Thời hạn: thường xuyên.",
                    "2. Trung tâm Văn hóa, Thể thao và Truyền thông tỉnh:",
                    "Đẩy mạnh tuyên truyền chuyên đề", "Nơi nhận:", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
                    "Đặng Thị Ngọc");
            assertThat(flat).doesNotContain("Đảng ủy Khối các cơ quan tỉnh").doesNotContain("3. ");
            preview("qua-quy-trinh-nhom-kinh-gui", doc);
        }
    }

    private static Map<String, Object> assignment(String content, List<String> units, String deadline) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("content", content);
        a.put("units", units);
        a.put("deadline", deadline);
        return a;
    }

    /** The pages as PNG beside the other previews, to look at. */
    private static void preview(String name, PDDocument doc) throws IOException {
        Files.createDirectories(PREVIEWS);
        PDFRenderer renderer = new PDFRenderer(doc);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            BufferedImage page = renderer.renderImageWithDPI(i, 80, ImageType.RGB);
            ImageIO.write(page, "png", PREVIEWS.resolve(name + "-page-" + (i + 1) + ".png").toFile());
            pages.add(page);
        }
        assertThat(pages).isNotEmpty();
    }
}
