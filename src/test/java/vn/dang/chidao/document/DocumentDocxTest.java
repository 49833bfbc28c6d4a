package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX of the seed documents: the same parts as the PDF, A4, the 36-HD margins, Times New Roman. */
class DocumentDocxTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void congVanHasEveryPartWithItsDiacritics() throws IOException {
        byte[] docx = renderer.docx(DocumentSeeds.congVanBaoYen());
        Files.createDirectories(DocumentPdfTest.PREVIEWS);
        Files.write(DocumentPdfTest.PREVIEWS.resolve("cong-van-bao-yen.docx"), docx);

        try (XWPFDocument document = open(docx)) {
            String text = text(document);
            assertThat(text).contains("ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Số 1759-CV/HU", "Bảo Yên, ngày 09 tháng 5 năm 2022",
                    "V/v tăng cường triển khai đợt sinh hoạt chính trị gắn với kỷ niệm 132 năm ngày sinh Chủ tịch"
                            + " Hồ Chí Minh",
                    "Kính gửi:", "- Các chi, đảng bộ trực thuộc,", "- Các cơ quan tham mưu, giúp việc Huyện ủy,",
                    "- MTTQ và các đoàn thể huyện,", "- Các cơ quan trong khối tuyên truyền,",
                    "- Ban Chỉ đạo 35 huyện.", "Thời gian qua, thực hiện Hướng dẫn số 39 - HD/HU",
                    "1. Các chi, đảng bộ trực thuộc; Mặt trận Tổ quốc và các đoàn thể huyện:",
                    "Thời hạn: trước ngày 30/5/2022.", "Thời hạn: trong tháng 5/2022.", "Thời hạn: thường xuyên.",
                    "4. Ban Tuyên giáo Huyện ủy, Tổ thư ký giúp việc, đội ngũ Cộng tác viên BCĐ 35 huyện:",
                    "Thời hạn: trước ngày 15/6/2022.",
                    "Yêu cầu các địa phương, cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", "Nơi nhận:",
                    "- Thường trực HU,", "- Ban Tuyên giáo HU,", "- Như kính gửi,", "- Lưu VT+BTGHU.",
                    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Nhân");
            assertThat(text).containsSubsequence("HUYỆN ỦY BẢO YÊN", "Số 1759-CV/HU", "V/v tăng cường", "Kính gửi:",
                    "Thời gian qua", "1. Các chi", "Thời hạn: trước ngày 30/5/2022", "Yêu cầu các địa phương",
                    "Nơi nhận:", "Nguyễn Xuân Nhân");
        }
    }

    @Test
    void keHoachHasTypeNameAndSubject() throws IOException {
        byte[] docx = renderer.docx(DocumentSeeds.keHoachBachThong());
        Files.createDirectories(DocumentPdfTest.PREVIEWS);
        Files.write(DocumentPdfTest.PREVIEWS.resolve("ke-hoach-bach-thong.docx"), docx);

        try (XWPFDocument document = open(docx)) {
            String text = text(document);
            assertThat(text).contains("ĐẢNG BỘ TỈNH BẮC KẠN", "HUYỆN ỦY BẠCH THÔNG", "Số 152-KH/HU",
                    "Bạch Thông, ngày 04 tháng 8 năm 2023", "KẾ HOẠCH",
                    "triển khai đợt sinh hoạt chính trị, tư tưởng", "(22/9/1943 - 22/9/2023)", "I. MỤC ĐÍCH, YÊU CẦU",
                    "5. Ban Tuyên giáo Huyện ủy", "Thời hạn: trước ngày 15/12/2023.", "Gửi bản điện tử:",
                    "- Lưu Văn phòng Huyện ủy.", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thanh Hà");
            assertThat(text).doesNotContain("Kính gửi");

            XWPFParagraph title = paragraph(document, "KẾ HOẠCH");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns()).allMatch(XWPFRun::isBold);
            XWPFParagraph heading = paragraph(document, "I. MỤC ĐÍCH, YÊU CẦU");
            assertThat(heading.getRuns()).allMatch(XWPFRun::isBold);
            XWPFParagraph body = paragraph(document, "Nhằm giúp cho cán bộ");
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isEqualTo(567);
        }
    }

    @Test
    void isA4WithThePartyMarginsInTwips() throws IOException {
        try (XWPFDocument document = open(renderer.docx(DocumentSeeds.congVanBaoYen()))) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850));
        }
    }

    @Test
    void usesTimesNewRomanWithThePartyTypeSizes() throws IOException {
        try (XWPFDocument document = open(renderer.docx(DocumentSeeds.congVanBaoYen()))) {
            List<XWPFRun> runs = document.getTables().stream().flatMap(table -> table.getRows().stream())
                    .flatMap(row -> row.getTableCells().stream()).flatMap(cell -> cell.getParagraphs().stream())
                    .flatMap(paragraph -> paragraph.getRuns().stream()).toList();
            assertThat(runs).isNotEmpty().allMatch(run -> "Times New Roman".equals(run.getFontFamily()));
            assertThat(document.getParagraphs()).flatMap(XWPFParagraph::getRuns)
                    .allMatch(run -> "Times New Roman".equals(run.getFontFamily()));

            XWPFRun party = run(document, "ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(party.isBold()).isTrue();
            assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            XWPFRun date = run(document, "Bảo Yên, ngày 09 tháng 5 năm 2022");
            assertThat(date.isItalic()).isTrue();
            XWPFRun subject = run(document, "V/v tăng cường triển khai đợt sinh hoạt");
            assertThat(subject.isItalic()).isTrue();
            assertThat(subject.getFontSizeAsDouble()).isEqualTo(12.0);
            // Nơi nhận in the Party's style (HD 36), not the state's bold italic 12
            XWPFRun distribution = run(document, "Nơi nhận:");
            assertThat(distribution.isBold()).isFalse();
            assertThat(distribution.isItalic()).isFalse();
            assertThat(distribution.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(distribution.getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFRun copy = run(document, "- Như kính gửi,");
            assertThat(copy.isBold()).isFalse();
            assertThat(copy.isItalic()).isFalse();
            assertThat(copy.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(run(document, "T/M BAN THƯỜNG VỤ").isBold()).isTrue();
            assertThat(run(document, "Nguyễn Xuân Nhân").isBold()).isTrue();
            assertThat(run(document, "HUYỆN ỦY BẢO YÊN").isBold()).isTrue();
            assertThat(run(document, "ĐẢNG BỘ TỈNH LÀO CAI").isBold()).isFalse();

            // borderless two-column tables: header, Kính gửi, Nơi nhận + signature
            assertThat(document.getTables()).hasSize(3).allSatisfy(table -> {
                assertThat(table.getRow(0).getTableCells()).hasSize(2);
                assertThat(table.getTopBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE,
                        XWPFTable.XWPFBorderType.NIL);
                assertThat(table.getInsideVBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE,
                        XWPFTable.XWPFBorderType.NIL);
            });
        }
    }

    @Test
    void numbersPagesFromTheSecondOn() throws IOException {
        try (XWPFDocument document = open(renderer.docx(DocumentSeeds.congVanBaoYen()))) {
            assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            XWPFHeader header = document.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(header.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(document.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
        }
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String text(XWPFDocument document) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }

    private static XWPFRun run(XWPFDocument document, String text) {
        return document.getTables().stream().flatMap(table -> table.getRows().stream())
                .flatMap(row -> row.getTableCells().stream()).flatMap(cell -> cell.getParagraphs().stream())
                .flatMap(paragraph -> paragraph.getRuns().stream())
                .filter(run -> text.equals(run.text()) || run.text().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run «" + text + "» in the tables"));
    }
}
