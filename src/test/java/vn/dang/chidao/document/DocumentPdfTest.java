package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of the seed documents: every part present with its diacritics, A4, fonts embedded, laid out as 36-HD. */
class DocumentPdfTest {

    static final Path PREVIEWS = Path.of("target", "document-previews");

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float LEFT_MARGIN = 30 * POINTS_PER_MM;
    private static final float RIGHT_EDGE = (210 - 15) * POINTS_PER_MM;
    /** Where the left header column ends and the right one begins. */
    private static final float COLUMN_SPLIT =
            LEFT_MARGIN + (RIGHT_EDGE - LEFT_MARGIN) * PageFormat.LEFT_COLUMN_PERCENT / 100f;
    private static final int DPI = 100;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void congVanHasEveryPartWithItsDiacritics() throws IOException {
        byte[] pdf = renderer.pdf(DocumentSeeds.congVanBaoYen());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("ĐẢNG BỘ TỈNH LÀO CAI", "HUYỆN ỦY BẢO YÊN", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Số 1759-CV/HU", "Bảo Yên, ngày 09 tháng 5 năm 2022",
                    "V/v tăng cường triển khai đợt sinh hoạt chính trị gắn với kỷ niệm 132 năm ngày sinh Chủ tịch"
                            + " Hồ Chí Minh",
                    "Kính gửi:", "- Các chi, đảng bộ trực thuộc,", "- Các cơ quan tham mưu, giúp việc Huyện ủy,",
                    "- MTTQ và các đoàn thể huyện,", "- Các cơ quan trong khối tuyên truyền,",
                    "- Ban Chỉ đạo 35 huyện.",
                    "Thời gian qua, thực hiện Hướng dẫn số 39 - HD/HU",
                    "1. Các chi, đảng bộ trực thuộc; Mặt trận Tổ quốc và các đoàn thể huyện:",
                    "Thời hạn: trước ngày 30/5/2022.",
                    "2. Phòng Giáo dục và Đào tạo, Đoàn thanh niên huyện:", "Thời hạn: trong tháng 5/2022.",
                    "3. Các cơ quan trong khối tuyên truyền:", "Thời hạn: thường xuyên.",
                    "4. Ban Tuyên giáo Huyện ủy, Tổ thư ký giúp việc, đội ngũ Cộng tác viên BCĐ 35 huyện:",
                    "Thời hạn: trước ngày 15/6/2022.",
                    "Yêu cầu các địa phương, cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
                    "Nơi nhận:", "- Thường trực HU,", "- Ban Tuyên giáo HU,", "- Như kính gửi,", "- Lưu VT+BTGHU.",
                    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Nhân");
            assertThat(text).containsSubsequence("HUYỆN ỦY BẢO YÊN", "Số 1759-CV/HU", "V/v tăng cường", "Kính gửi:",
                    "Thời gian qua", "Tuy nhiên", "1. Các chi", "Thời hạn: trước ngày 30/5/2022", "2. Phòng",
                    "Yêu cầu các địa phương", "Nơi nhận:", "Nguyễn Xuân Nhân");
            assertThat(text).doesNotContain("KẾ HOẠCH", "CÔNG VĂN");
            // the drafter's deadlines, no resolved date; the closing sentence ends the text
            assertThat(text).doesNotContainPattern("Thời hạn: \\d{2}/\\d{2}/\\d{4}");
            assertThat(text).containsSubsequence("Thời hạn: trước ngày 15/6/2022.",
                    "Yêu cầu các địa phương, cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", "Nơi nhận:");
        }
    }

    @Test
    void congVanIsLaidOutAsThePartyFormat() throws IOException {
        byte[] pdf = renderer.pdf(DocumentSeeds.congVanBaoYen());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfLines lines = PdfLines.of(document);
            PdfLines.Line superior = lines.line("ĐẢNG BỘ TỈNH LÀO CAI");
            PdfLines.Line issuer = lines.line("HUYỆN ỦY BẢO YÊN");
            PdfLines.Line party = lines.line("ĐẢNG CỘNG SẢN VIỆT NAM");
            PdfLines.Line number = lines.line("Số 1759-CV/HU");
            PdfLines.Line date = lines.line("Bảo Yên, ngày 09 tháng 5 năm 2022");

            // the issuer block is centred in the left column, the Party name and date in the right one
            assertThat(superior.right()).isLessThan(COLUMN_SPLIT);
            assertThat(issuer.centre()).isCloseTo(superior.centre(), within(2f));
            assertThat(number.centre()).isCloseTo(superior.centre(), within(2f));
            assertThat(party.left()).isGreaterThan(COLUMN_SPLIT);
            assertThat(date.centre()).isCloseTo(party.centre(), within(2f));
            assertThat(party.page()).isEqualTo(1);
            assertThat(party.baseline()).isCloseTo(superior.baseline(), within(3f));
            // the number and the date stand on one line
            assertThat(date.baseline()).isCloseTo(number.baseline(), within(1f));
            assertThat(superior.baseline()).isGreaterThan(20 * POINTS_PER_MM);

            // the text starts at the left margin with a first-line indent
            PdfLines.Line firstParagraph = lines.line("Thời gian qua");
            assertThat(firstParagraph.left()).isCloseTo(LEFT_MARGIN + 10 * POINTS_PER_MM, within(1.5f));

            // Nơi nhận at the bottom left, the signing block centred on the right, on the last page
            PdfLines.Line distribution = lines.line("Nơi nhận:");
            PdfLines.Line authority = lines.line("T/M BAN THƯỜNG VỤ");
            PdfLines.Line signer = lines.line("Nguyễn Xuân Nhân");
            assertThat(distribution.left()).isCloseTo(LEFT_MARGIN, within(1.5f));
            assertThat(authority.left()).isGreaterThan(COLUMN_SPLIT);
            assertThat(signer.centre()).isCloseTo(authority.centre(), within(2f));
            assertThat(signer.page()).isEqualTo(document.getNumberOfPages());
            assertThat(signer.baseline() - authority.baseline()).isGreaterThan(20 * POINTS_PER_MM);
            assertThat(authority.baseline()).isCloseTo(distribution.baseline(), within(3f));
        }
    }

    @Test
    void keHoachHasTypeNameSubjectAndSections() throws IOException {
        byte[] pdf = renderer.pdf(DocumentSeeds.keHoachBachThong());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("ĐẢNG BỘ TỈNH BẮC KẠN", "HUYỆN ỦY BẠCH THÔNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Số 152-KH/HU", "Bạch Thông, ngày 04 tháng 8 năm 2023", "KẾ HOẠCH",
                    "triển khai đợt sinh hoạt chính trị, tư tưởng Kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên"
                            + " (22/9/1943 - 22/9/2023)",
                    "Thực hiện Hướng dẫn số 41-HD/BTGTU", "I. MỤC ĐÍCH, YÊU CẦU", "III. TỔ CHỨC THỰC HIỆN",
                    "1. Các chi, đảng bộ trực thuộc Huyện ủy", "Thời hạn: trong tháng 8/2023.",
                    "5. Ban Tuyên giáo Huyện ủy", "Thời hạn: trước ngày 15/12/2023.", "Trên đây là Kế hoạch",
                    "Nơi nhận:", "Gửi bản điện tử:", "- Ban Tuyên giáo Tỉnh ủy,", "- Lưu Văn phòng Huyện ủy.",
                    "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thanh Hà");
            assertThat(text).doesNotContain("Kính gửi");
            assertThat(text).containsSubsequence("Số 152-KH/HU", "KẾ HOẠCH", "triển khai đợt sinh hoạt",
                    "Thực hiện Hướng dẫn", "I. MỤC ĐÍCH", "III. TỔ CHỨC THỰC HIỆN", "1. Các chi",
                    "5. Ban Tuyên giáo Huyện ủy", "Trên đây là", "Nơi nhận:", "Nguyễn Thanh Hà");

            PdfLines lines = PdfLines.of(document);
            PdfLines.Line title = lines.line("KẾ HOẠCH");
            float textCentre = (LEFT_MARGIN + RIGHT_EDGE) / 2;
            assertThat(title.centre()).isCloseTo(textCentre, within(2f));
            assertThat(lines.line("Kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên").centre())
                    .isCloseTo(textCentre, within(2f));
            assertThat(title.baseline()).isGreaterThan(lines.line("Số 152-KH/HU").baseline());
        }
    }

    @Test
    void congVanOfABanAsTheBacKanSeed() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(DocumentSeeds.congVanBacKan()))) {
            List<String> lines = PdfLines.of(document).all().stream().map(PdfLines.Line::text).toList();
            // HD 36 §1.2: the Ban's cấp ủy, then the Ban, then the star
            assertThat(lines).containsSubsequence("THÀNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO", "*", "Số 405-CV/BTGTU");
            String text = text(document);
            assertThat(text).contains("TP. Bắc Kạn, ngày 20 tháng 3 năm 2024", "Kính gửi:",
                    "- Các chi, đảng bộ trực thuộc Thành ủy,",
                    "- Trung tâm Văn hóa Thể thao và Truyền thông thành phố.", "TRƯỞNG BAN", "Phạm Quyết Chiến",
                    "Gửi bản điện tử:", "- Như trên,", "- Thường trực Thành ủy (b/c),", "- Lưu BTG.")
                    .doesNotContain("BAN TUYÊN GIÁO THÀNH ỦY", "T/M");
            // the deadline the task already states is not repeated; the other is printed as written
            assertThat(text).doesNotContain("Thời hạn: trước ngày 30/3 hằng năm")
                    .containsSubsequence("2. Trung tâm Văn hóa", "Thời hạn: thường xuyên.",
                            "(Có Hướng dẫn số 10-HD/TU", "Nơi nhận:");
        }
    }

    @Test
    void dayAndMonthOneAndTwoCarryALeadingZero() throws IOException {
        byte[] pdf = renderer.pdf(DocumentSeeds.issuedOn(DocumentSeeds.congVanBaoYen(), LocalDate.of(2027, 2, 5)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("Bảo Yên, ngày 05 tháng 02 năm 2027")
                    .doesNotContain("tháng 2 năm 2027");
        }
    }

    @Test
    void isA4WithEveryFontEmbedded() throws IOException {
        for (IssuedDocument seed : List.of(DocumentSeeds.congVanBaoYen(), DocumentSeeds.keHoachBachThong())) {
            try (PDDocument document = Loader.loadPDF(renderer.pdf(seed))) {
                assertThat(document.getNumberOfPages()).isGreaterThan(1);
                List<String> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                    assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                        fonts.add(font.getName());
                    }
                }
                assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSerif"));
                assertThat(fonts).anyMatch(name -> name.endsWith("LiberationSerif-Bold"))
                        .anyMatch(name -> name.endsWith("LiberationSerif-Italic"))
                        .anyMatch(name -> name.endsWith("LiberationSerif"));
            }
        }
    }

    @Test
    void pagesAfterTheFirstAreNumberedAtTheTop() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.pdf(DocumentSeeds.congVanBaoYen()))) {
            PdfLines lines = PdfLines.of(document);
            assertThat(lines.all()).filteredOn(line -> line.page() == 2).first()
                    .satisfies(line -> {
                        assertThat(line.text()).isEqualTo("2");
                        assertThat(line.baseline()).isLessThan(20 * POINTS_PER_MM);
                    });
            assertThat(lines.all()).filteredOn(line -> line.page() == 1).first()
                    .satisfies(line -> assertThat(line.text()).startsWith("ĐẢNG BỘ TỈNH LÀO CAI"));
        }
    }

    @Test
    void rendersPreviewsThatAreNotBlank() throws IOException {
        Files.createDirectories(PREVIEWS);
        preview("cong-van-bao-yen", renderer.pdf(DocumentSeeds.congVanBaoYen()), "Nguyễn Xuân Nhân");
        preview("ke-hoach-bach-thong", renderer.pdf(DocumentSeeds.keHoachBachThong()), "Nguyễn Thanh Hà");
        preview("cong-van-bac-kan", renderer.pdf(DocumentSeeds.congVanBacKan()), "Phạm Quyết Chiến");
    }

    private static void preview(String name, byte[] pdf, String signerName) throws IOException {
        Files.write(PREVIEWS.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer pdfRenderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = pdfRenderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                ImageIO.write(image, "png", PREVIEWS.resolve(name + "-page-" + (i + 1) + ".png").toFile());
                pages.add(image);
            }
            BufferedImage first = pages.get(0);
            assertThat(first.getWidth()).isCloseTo((int) Math.round(210 / 25.4 * DPI), within(1));
            // the header: issuer block top left, Party name top right
            assertThat(darkPixels(first, mm(30), mm(20), mm(104), mm(50))).isGreaterThan(500);
            assertThat(darkPixels(first, mm(110), mm(20), mm(195), mm(40))).isGreaterThan(500);
            // nothing in the margins
            assertThat(darkPixels(first, 0, 0, mm(28), first.getHeight())).isZero();
            assertThat(darkPixels(first, 0, 0, first.getWidth(), mm(15))).isZero();

            // the signing block, bottom right of the last page, where the signer's name is
            PdfLines.Line signer = PdfLines.of(document).line(signerName);
            BufferedImage last = pages.get(signer.page() - 1);
            int signerY = Math.round(signer.baseline() / 72 * DPI);
            assertThat(darkPixels(last, mm(110), signerY - mm(45), mm(195), signerY + mm(2))).isGreaterThan(500);
            assertThat(darkPixels(last, mm(110), signerY - mm(25), mm(195), signerY - mm(8)))
                    .as("room for the signature").isZero();
        }
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * DPI);
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    count++;
                }
            }
        }
        return count;
    }
}
