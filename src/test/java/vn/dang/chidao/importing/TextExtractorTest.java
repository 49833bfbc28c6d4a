package vn.dang.chidao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.dang.chidao.document.DocumentRenderer;
import vn.dang.chidao.document.IssuedDocument;
import vn.dang.chidao.document.NumberedAssignment;
import vn.dang.chidao.importing.ImportedDocument.UnitMention;

/** Text out of .txt, .docx and PDF files, and the refusals: empty, binary, foreign, scanned, .doc, damaged, large. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();
    private final DocumentReader reader = new DocumentReader();

    @Test
    void theIssuedPdfOfASeedReadsBack() {
        ImportedDocument seed = reader.read(SeedTexts.read(SeedTexts.BAC_KAN), null);
        IssuedDocument issued = issued(seed);
        byte[] pdf = new DocumentRenderer().pdf(issued);

        ImportedDocument back = reader.read(extractor.text(pdf, "405-CV-BTGTU.pdf"), null);

        assertSameFields(back, seed);
    }

    @Test
    void theIssuedPdfOfTheBaoYenSeedReadsBack() {
        ImportedDocument seed = reader.read(SeedTexts.read(SeedTexts.BAO_YEN).replace("Số - CV/HU", "Số 1759-CV/HU")
                .replace("ngày tháng 5 năm 2022", "ngày 09 tháng 5 năm 2022"), null);
        byte[] pdf = new DocumentRenderer().pdf(issued(seed));

        ImportedDocument back = reader.read(extractor.text(pdf, "1759-CV-HU.pdf"), null);

        assertSameFields(back, seed);
        assertThat(back.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH LÀO CAI");
        assertThat(back.issuingBody()).isEqualTo("HUYỆN ỦY BẢO YÊN");
    }

    @Test
    void theIssuedDocxOfASeedReadsBack() {
        ImportedDocument seed = reader.read(SeedTexts.read(SeedTexts.BAO_YEN).replace("Số - CV/HU", "Số 1759-CV/HU")
                .replace("ngày tháng 5 năm 2022", "ngày 09 tháng 5 năm 2022"), null);
        byte[] docx = new DocumentRenderer().docx(issued(seed));

        ImportedDocument back = reader.read(extractor.text(docx, "1759-CV-HU.docx"), null);

        assertSameFields(back, seed);
        assertThat(back.issuedOn()).isEqualTo(LocalDate.of(2022, 5, 9));
    }

    @Test
    void aWordFileWithItsHeaderInATableAndAutomaticBullets() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable header = doc.createTable(1, 2);
        header.getRow(0).getCell(0).setText("HUYỆN ỦY BẢO YÊN");
        header.getRow(0).getCell(0).addParagraph().createRun().setText("*");
        header.getRow(0).getCell(0).addParagraph().createRun().setText("Số 20-CV/HU");
        header.getRow(0).getCell(0).addParagraph().createRun().setText("V/v tuyên truyền kỷ niệm");
        header.getRow(0).getCell(1).setText("ĐẢNG CỘNG SẢN VIỆT NAM");
        header.getRow(0).getCell(1).addParagraph().createRun().setText("Bảo Yên, ngày 10 tháng 3 năm 2025");
        for (String line : List.of("Kính gửi: Các chi, đảng bộ trực thuộc",
                "Thực hiện Kế hoạch số 215-KH/TU ngày 23/02/2024 của Ban Thường vụ Tỉnh ủy, Huyện ủy đề nghị:",
                "1. Tổ chức tuyên truyền xong trước ngày 30/4/2025.", "2. Báo cáo kết quả trong quý II năm 2025.",
                "Nơi nhận:", "- Như kính gửi,", "- Lưu VT.", "PHÓ BÍ THƯ", "Hoàng Văn Minh")) {
            doc.createParagraph().createRun().setText(line);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();

        ImportedDocument read = reader.read(extractor.text(out.toByteArray(), "cong-van.docx"), null);

        assertThat(read.number()).isEqualTo("20-CV/HU");
        assertThat(read.issuingBody()).isEqualTo("HUYỆN ỦY BẢO YÊN");
        assertThat(read.subject()).isEqualTo("V/v tuyên truyền kỷ niệm");
        assertThat(read.issuedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(read.recipients()).extracting(UnitMention::text).containsExactly("Các chi, đảng bộ trực thuộc");
        assertThat(read.assignments()).extracting(ImportedDocument.Assignment::deadline)
                .containsExactly("xong trước ngày 30/4/2025", "trong quý II năm 2025");
        assertThat(read.signature().name()).isEqualTo("Hoàng Văn Minh");
    }

    @Test
    void plainTextInUtf8WithOrWithoutBom() {
        byte[] text = SeedTexts.read(SeedTexts.BAC_KAN).getBytes(StandardCharsets.UTF_8);
        assertThat(extractor.text(text, null)).contains("Kính gửi");
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        assertThat(extractor.text(bom, "cong-van.txt")).startsWith("\n\nTHÀNH ỦY BẮC KẠN");
    }

    @Test
    void refusals() throws IOException {
        assertRefused(new byte[0], null, "Văn bản trống, không có nội dung để đọc.");
        assertRefused("  \n\n ".getBytes(StandardCharsets.UTF_8), "a.txt", "Văn bản trống");
        assertRefused(new byte[] {0x00, 0x01, (byte) 0xFF, (byte) 0xFE, 0x13, (byte) 0xC3, 0x28}, "a.bin",
                "Định dạng tệp chưa được hỗ trợ");
        assertRefused(new byte[] {0x00, 0x01, (byte) 0xC3, 0x28, 0x10}, null, "Nội dung không phải văn bản");
        assertRefused("Dear colleagues, please find attached the annual report of the district committee."
                .getBytes(StandardCharsets.UTF_8), null, "Nội dung không phải văn bản tiếng Việt");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "cong-van.doc",
                "Định dạng .doc (Word cũ) chưa được hỗ trợ, đề nghị lưu lại thành .docx");
        assertRefused("PK\3\4 không phải docx".getBytes(StandardCharsets.UTF_8), "hong.docx", "Tệp .docx bị hỏng");
        assertRefused("%PDF-1.7 hỏng".getBytes(StandardCharsets.UTF_8), "hong.pdf", "Tệp PDF bị hỏng");
        assertRefused(scannedPdf(), "scan.pdf", "Văn bản quét, chưa có lớp chữ");
        ImportRefusedException large = refusal(new byte[(int) TextExtractor.MAX_BYTES + 1], "big.txt");
        assertThat(large.isTooLarge()).isTrue();
        assertThat(large.getMessage()).isEqualTo("Tệp quá lớn: chỉ nhận văn bản đến 20 MB.");
    }

    @Test
    void theSeedsAreVietnameseEnough() {
        for (String seed : List.of(SeedTexts.BAO_YEN, SeedTexts.BAC_KAN, SeedTexts.BACH_THONG)) {
            assertThat(TextExtractor.checked(SeedTexts.read(seed))).isNotBlank();
        }
    }

    /** A page with an image and no text: what a scanner produces. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private void assertRefused(byte[] content, String name, String message) {
        assertThat(refusal(content, name).getMessage()).startsWith(message);
    }

    private ImportRefusedException refusal(byte[] content, String name) {
        return (ImportRefusedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> extractor.text(content, name));
    }

    /** The reading as the system itself would issue it (number and date filled in when the seed has none). */
    private static IssuedDocument issued(ImportedDocument d) {
        List<NumberedAssignment> points = new ArrayList<>();
        IntStream.range(0, d.assignments().size()).forEach(i -> points.add(new NumberedAssignment(i + 1,
                d.assignments().get(i).text(), null,
                d.assignments().get(i).units().stream().map(UnitMention::text).toList())));
        // the closing paragraphs print after the assignments
        List<String> paragraphs = List.of(d.body().split("\n"));
        List<String> closing = paragraphs.stream().filter(p -> p.endsWith("./.") || p.startsWith("(Có")).toList();
        List<String> body = paragraphs.stream().filter(p -> !closing.contains(p)).toList();
        return new IssuedDocument(d.type(), null, d.superiorBody(), d.issuingBody(), d.number(), d.place(),
                d.issuedOn(), d.subject(), d.basis() == null ? List.of() : List.of(d.basis()), String.join("\n", body),
                d.recipients().stream().map(UnitMention::text).toList(), points,
                closing.isEmpty() ? null : String.join("\n", closing), d.copies(),
                d.signature().authority(), d.signature().position(), d.signature().name());
    }

    private static void assertSameFields(ImportedDocument back, ImportedDocument seed) {
        assertThat(back.type()).isEqualTo(seed.type());
        assertThat(back.number()).isEqualTo(seed.number());
        assertThat(back.place()).isEqualTo(seed.place());
        assertThat(back.issuedOn()).isEqualTo(seed.issuedOn());
        assertThat(back.subject()).isEqualTo(seed.subject());
        assertThat(back.recipients()).extracting(UnitMention::text)
                .isEqualTo(seed.recipients().stream().map(UnitMention::text).toList());
        assertThat(back.basis()).isEqualTo(seed.basis());
        assertThat(back.copies()).isEqualTo(seed.copies());
        assertThat(back.signature()).isEqualTo(seed.signature());
        assertThat(back.assignments()).hasSameSizeAs(seed.assignments());
        assertThat(Map.of("units", back.assignments().stream().map(a -> a.units().stream().map(UnitMention::text)
                .toList()).toList())).isEqualTo(Map.of("units", seed.assignments().stream().map(a -> a.units()
                .stream().map(UnitMention::text).toList()).toList()));
    }
}
