package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What a user types is text: markup in a trích yếu, a body or a unit name is printed literally, never run. */
class DocumentEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private final DocumentRenderer renderer = new DocumentRenderer();

    private final IssuedDocument document = new IssuedDocument("CV", null, "Đảng bộ tỉnh Lào Cai",
            "Huyện ủy Bảo Yên", "1760-CV/HU", "Bảo Yên", LocalDate.of(2022, 5, 10), "V/v " + SCRIPT,
            List.of("Căn cứ <b>Kế hoạch</b> số 215-KH/TU & “Công văn” số 2246-CV/TU"),
            "Nội dung <![CDATA[ ]]> &amp; <?xml version=\"1.0\"?> <!-- chú thích --> hết.",
            List.of("<img src=x onerror=alert(2)>", "Các chi, đảng bộ trực thuộc"),
            List.of(new NumberedAssignment(1, "Báo cáo <i>kết quả</i>", "trước ngày 30/6/2022 <br/>")),
            List.of("Như Kính gửi", "Lưu VT"), "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân <u>Nhân</u>");

    @Test
    void pdfPrintsMarkupLiterallyAndCarriesNoScript() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(document))) {
            String text = DocumentPdfTest.text(pdf);
            assertThat(text).contains("V/v " + SCRIPT, "Căn cứ <b>Kế hoạch</b> số 215-KH/TU & “Công văn”",
                    "Nội dung <![CDATA[ ]]> &amp; <?xml version=\"1.0\"?> <!-- chú thích --> hết.",
                    "- <img src=x onerror=alert(2)>,", "1. Báo cáo <i>kết quả</i>",
                    "Thời hạn: trước ngày 30/6/2022 <br/>", "Nguyễn Xuân <u>Nhân</u>");
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getOpenAction()).isNull();
            assertThat(catalog.getNames() == null || catalog.getNames().getJavaScript() == null).isTrue();
            assertThat(catalog.getAcroForm()).isNull();
        }
    }

    @Test
    void docxPrintsMarkupLiterally() throws IOException {
        byte[] docx = renderer.docx(document);
        try (XWPFDocument word = DocumentDocxTest.open(docx)) {
            assertThat(DocumentDocxTest.text(word)).contains("V/v " + SCRIPT,
                    "Căn cứ <b>Kế hoạch</b> số 215-KH/TU & “Công văn”",
                    "Nội dung <![CDATA[ ]]> &amp; <?xml version=\"1.0\"?> <!-- chú thích --> hết.",
                    "- <img src=x onerror=alert(2)>,", "Nguyễn Xuân <u>Nhân</u>");
        }
        String xml = entry(docx, "word/document.xml");
        assertThat(xml).contains("V/v &lt;script", "alert(1)&lt;/script").doesNotContain("<script")
                .doesNotContain("<img").doesNotContain("<b>");
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the DOCX");
    }
}
