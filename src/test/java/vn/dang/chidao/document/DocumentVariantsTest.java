package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Other types and signing authorities, drafts before numbering, and archival metadata. */
class DocumentVariantsTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    /** A hướng dẫn of a Ban, signed by a deputy for the head; no superior body; type name from the type list. */
    private final IssuedDocument huongDan = new IssuedDocument("HD", null, null, "Ban Tuyên giáo Tỉnh ủy",
            "41-HD/BTGTU", "Bắc Kạn", LocalDate.of(2023, 7, 24),
            "triển khai đợt sinh hoạt chính trị, tư tưởng\nKỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên",
            List.of(), "Các cấp ủy tổ chức sinh hoạt chính trị.", List.of(),
            List.of(new NumberedAssignment(1, "Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy.", "trước ngày 30/11/2023")),
            List.of("Các huyện, thành ủy", "Lưu BTG"), "K/T Trưởng ban", "Phó Trưởng ban",
            "Nguye\u0302\u0303n Thi\u0323 Hoa");

    /** A công văn to one body, not yet numbered nor dated (the văn thư fills them in). */
    private final IssuedDocument draft = new IssuedDocument("CV", "Công văn", "Đảng bộ tỉnh Lào Cai",
            "Huyện ủy Bảo Yên", null, "Bảo Yên", null, "V/v báo cáo kết quả", List.of(),
            "Huyện ủy Bảo Yên báo cáo kết quả như sau.", List.of("Ban Thường vụ Tỉnh ủy"), List.of(),
            List.of("Như trên", "Lưu VT"), "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A");

    @Test
    void huongDanSignedForTheHeadInBothFormats() throws IOException {
        String[] parts = {"BAN TUYÊN GIÁO TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 41-HD/BTGTU",
                "Bắc Kạn, ngày 24 tháng 7 năm 2023", "HƯỚNG DẪN",
                "triển khai đợt sinh hoạt chính trị, tư tưởng Kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên",
                "1. Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy.", "Thời hạn: trước ngày 30/11/2023.",
                "- Các huyện, thành ủy,", "- Lưu BTG.", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hoa"};
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(huongDan))) {
            assertThat(DocumentPdfTest.text(pdf)).contains(parts).doesNotContain("Kính gửi", "ĐẢNG BỘ");
            assertThat(PdfLines.of(pdf).all().get(0).text()).startsWith("BAN TUYÊN GIÁO TỈNH ỦY");
        }
        try (XWPFDocument docx = DocumentDocxTest.open(renderer.docx(huongDan))) {
            assertThat(DocumentDocxTest.text(docx)).contains(parts).doesNotContain("Kính gửi", "ĐẢNG BỘ");
        }
    }

    @Test
    void aDraftToASingleBodyLeavesNumberAndDayForTheVanThu() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(draft))) {
            String text = DocumentPdfTest.text(pdf).replace('\u00a0', ' ').replaceAll(" +", " ");
            assertThat(text).contains("Số -CV", "Bảo Yên, ngày tháng năm", "Kính gửi: Ban Thường vụ Tỉnh ủy",
                    "- Như trên,", "- Lưu VT.", "BÍ THƯ", "Nguyễn Văn A");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        try (XWPFDocument docx = DocumentDocxTest.open(renderer.docx(draft))) {
            String text = DocumentDocxTest.text(docx).replace('\u00a0', ' ').replaceAll(" +", " ");
            assertThat(text).contains("Số -CV", "Bảo Yên, ngày tháng năm", "Kính gửi: Ban Thường vụ Tỉnh ủy");
            assertThat(docx.getTables()).hasSize(2);
        }
    }

    @Test
    void pdfCarriesTitleAuthorAndPdfADeclaration() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(DocumentSeeds.congVanBaoYen()))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).startsWith("1759-CV/HU: V/v tăng cường triển khai đợt sinh hoạt");
            assertThat(info.getAuthor()).isEqualTo("HUYỆN ỦY BẢO YÊN");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part[=>\"]+2").containsPattern("pdfaid:conformance[=>\"]+U");
        }
    }
}
