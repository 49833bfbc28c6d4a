package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The draft the reviewers judge: the seed công văn (numbered 1759-CV/HU, dated 09/5/2022 when issued) printed as a
 * draft says DỰ THẢO on every page, leaves the number and the date blank, and is otherwise the issued layout.
 */
class DraftDocumentTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void theDraftSaysDuThaoAndHasNoNumberNorDate() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.draftPdf(DocumentSeeds.congVanBaoYen(), "HU"))) {
            String text = plain(DocumentPdfTest.text(pdf));
            assertThat(text).contains("DỰ THẢO", "Số -CV/HU", "Bảo Yên, ngày tháng năm", "HUYỆN ỦY BẢO YÊN",
                    "Kính gửi:", "1. Các chi, đảng bộ trực thuộc", "T/M BAN THƯỜNG VỤ", "Nguyễn Xuân Nhân");
            assertThat(text).doesNotContain("1759", "ngày 09 tháng 5 năm 2022");

            PdfLines lines = PdfLines.of(pdf);
            PdfLines.Line number = lines.line("Số");
            assertThat(plain(number.text())).isEqualTo("Số -CV/HU");
            // the boxed mark stands at the top right, above the header
            PdfLines.Line mark = lines.all().stream().filter(line -> line.page() == 1 && line.text().equals("DỰ THẢO"))
                    .findFirst().orElseThrow(() -> new AssertionError("no boxed DỰ THẢO on page 1"));
            PdfLines.Line party = lines.line("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(mark.baseline()).isLessThan(party.baseline());
            assertThat(mark.left()).isGreaterThan(party.left());
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            // and across every page, so no printed page passes for the issued document
            PDFTextStripper perPage = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                perPage.setStartPage(page);
                perPage.setEndPage(page);
                assertThat(perPage.getText(pdf).replaceAll("\\s+", "")).as("page %d", page).contains("DỰTHẢO");
            }
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Dự thảo: V/v tăng cường");
        }
    }

    @Test
    void theIssuedDocumentHasNoDraftMark() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(DocumentSeeds.congVanBaoYen()))) {
            assertThat(DocumentPdfTest.text(pdf)).contains("Số 1759-CV/HU").doesNotContain("DỰ THẢO");
        }
        try (XWPFDocument docx = DocumentDocxTest.open(renderer.docx(DocumentSeeds.congVanBaoYen()))) {
            assertThat(DocumentDocxTest.text(docx)).doesNotContain("DỰ THẢO");
        }
    }

    @Test
    void theWordDraftIsMarkedTheSameWay() throws IOException {
        try (XWPFDocument docx = DocumentDocxTest.open(renderer.draftDocx(DocumentSeeds.keHoachBachThong(), "HU"))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("DỰ THẢO");
            String text = plain(DocumentDocxTest.text(docx));
            assertThat(text).contains("Số -KH/HU", "KẾ HOẠCH").doesNotContainPattern("Số \\d");
        }
    }

    @Test
    void rendersADraftPreviewToLookAt() throws IOException {
        Files.createDirectories(DocumentPdfTest.PREVIEWS);
        byte[] bytes = renderer.draftPdf(DocumentSeeds.congVanBaoYen(), "HU");
        Files.write(DocumentPdfTest.PREVIEWS.resolve("du-thao-cong-van.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(i, 100, ImageType.RGB);
                ImageIO.write(image, "png", DocumentPdfTest.PREVIEWS.resolve("du-thao-cong-van-page-" + (i + 1)
                        + ".png").toFile());
            }
        }
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replaceAll(" +", " ").strip();
    }
}
