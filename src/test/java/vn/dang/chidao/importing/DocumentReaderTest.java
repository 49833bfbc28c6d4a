package vn.dang.chidao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dang.chidao.importing.ImportedDocument.Assignment;
import vn.dang.chidao.importing.ImportedDocument.UnitMention;

/**
 * The reader on the three real seeds, field by field (the accuracy is printed: fields right / fields present), and
 * on the mess PDF and Word extraction make of such texts.
 */
class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void everySeedFieldByField() {
        int present = 0;
        int right = 0;
        List<SeedExpectations.Check> wrong = new ArrayList<>();
        for (String seed : List.of(SeedTexts.BAO_YEN, SeedTexts.BAC_KAN, SeedTexts.BACH_THONG)) {
            for (SeedExpectations.Check check : SeedExpectations.checks(seed, reader.read(SeedTexts.read(seed), null))) {
                if (SeedExpectations.present(check)) {
                    present++;
                    right += check.right() ? 1 : 0;
                }
                if (!check.right()) {
                    wrong.add(check);
                }
            }
        }
        System.out.printf("Import reader on the seeds: %d of %d fields right (%.1f %%)%n", right, present,
                100.0 * right / present);
        wrong.forEach(w -> System.out.println("  wrong " + w));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBacKanCongVanAsTheIssueShowsIt() {
        ImportedDocument doc = reader.read(SeedTexts.read(SeedTexts.BAC_KAN), null);
        assertThat(doc.body()).isEqualTo("(Có Hướng dẫn số 10-HD/TU ngày 01/8/2019, Công văn số 151-CV/TU ngày "
                + "08/3/2021 của Ban Thường vụ Thành ủy gửi kèm).");
        assertThat(doc.basis()).endsWith("trong đó, tập trung một số nội dung sau:");
        assertThat(doc.recipients()).extracting(UnitMention::unit).containsOnlyNulls();
        assertThat(doc.warnings()).isEmpty();
        assertThat(doc.assignments().get(0).text()).endsWith("trong quý I hàng năm)");
    }

    @Test
    void missingNumberDayAndIssuerAreWarnedAbout() {
        ImportedDocument doc = reader.read(SeedTexts.read(SeedTexts.BACH_THONG), null);
        assertThat(doc.warnings()).containsExactly("Văn bản chưa có số (-KH/HU).",
                "Văn bản chưa ghi đủ ngày ban hành (ngày tháng 8 năm 2023).", "Không tìm thấy tên cơ quan ban hành.");
        assertThat(doc.body()).startsWith("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNhằm giúp cho")
                .contains("\nIII. TỔ CHỨC THỰC HIỆN\nTrên đây là Kế hoạch");
    }

    @Test
    void interleavedHeaderColumns() {
        String text = SeedTexts.read(SeedTexts.BAO_YEN)
                .replace("**ĐẢNG BỘ TỈNH LÀO CAI\nHUYỆN ỦY BẢO YÊN**\n\n*\n\nSố - CV/HU",
                        "ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY BẢO YÊN\nBảo Yên, ngày 09 tháng 5 năm 2022"
                                + "\n*\nSố 1759-CV/HU")
                .replace("ĐẢNG CỘNG SẢN VIỆT NAM\n\nBảo Yên, ngày tháng 5 năm 2022\n\n", "");
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH LÀO CAI");
        assertThat(doc.issuingBody()).isEqualTo("HUYỆN ỦY BẢO YÊN");
        assertThat(doc.number()).isEqualTo("1759-CV/HU");
        assertThat(doc.place()).isEqualTo("Bảo Yên");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2022, 5, 9));
        assertThat(doc.subject()).startsWith("V/v tăng cường").endsWith("Chủ tịch Hồ Chí Minh");
        assertThat(doc.recipients()).hasSize(5);
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void columnsMergedIntoOneLineEach() {
        String text = SeedTexts.read(SeedTexts.BAO_YEN)
                .replace("**ĐẢNG BỘ TỈNH LÀO CAI\nHUYỆN ỦY BẢO YÊN**\n\n*\n\nSố - CV/HU\n\n*V/v tăng cường triển khai đợt "
                        + "sinh hoạt", "ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY BẢO YÊN Số 1759-CV/HU\n*\n"
                        + "V/v tăng cường triển khai đợt sinh hoạt Bảo Yên, ngày 09 tháng 5 năm 2022")
                .replace("ĐẢNG CỘNG SẢN VIỆT NAM\n\nBảo Yên, ngày tháng 5 năm 2022\n\n", "")
                .replace("4. Ban Tuyên giáo Huyện ủy,", "4. Đối với Ban Tuyên giáo Huyện ủy,");
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH LÀO CAI");
        assertThat(doc.issuingBody()).isEqualTo("HUYỆN ỦY BẢO YÊN");
        assertThat(doc.number()).isEqualTo("1759-CV/HU");
        assertThat(doc.place()).isEqualTo("Bảo Yên");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2022, 5, 9));
        assertThat(doc.subject()).isEqualTo(SeedExpectations.of(SeedTexts.BAO_YEN).subject());
        assertThat(doc.assignments().get(3).units()).extracting(UnitMention::text)
                .containsExactly("Ban Tuyên giáo Huyện ủy", "Tổ thư ký giúp việc", "đội ngũ Cộng tác viên BCD 35 huyện");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void numberAndDateOnOneLine() {
        String text = SeedTexts.read(SeedTexts.BAC_KAN)
                .replace("Số 405-CV/BTGTU", "Số 405-CV/BTGTU TP. Bắc Kạn, ngày 20 tháng 3 năm 2024")
                .replace("TP. Bắc Kạn, ngày 20 tháng 3 năm 2024\n\nKính", "Kính");
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.number()).isEqualTo("405-CV/BTGTU");
        assertThat(doc.place()).isEqualTo("TP. Bắc Kạn");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void pdfLikeTextWithLinesBrokenInsideParagraphsAndNames() {
        String text = SeedTexts.read(SeedTexts.BAC_KAN).replace("THÀNH ỦY BẮC KẠN", "THÀNH ỦY BẮC\nKẠN")
                .replace("- Trung tâm Văn hóa Thể thao và Truyền thông thành phố.",
                        "- Trung tâm Văn hóa Thể thao và Truyền\nthông thành phố.");
        ImportedDocument doc = reader.read(wrap(text, 90), null);
        assertAllChecksRight(SeedTexts.BAC_KAN, doc);
        assertThat(doc.superiorBody()).isEqualTo("THÀNH ỦY BẮC KẠN");
    }

    @Test
    void pdfLikeKeHoachWithoutBlankLines() {
        assertAllChecksRight(SeedTexts.BACH_THONG, reader.read(wrap(SeedTexts.read(SeedTexts.BACH_THONG), 95), null));
        assertAllChecksRight(SeedTexts.BAO_YEN, reader.read(wrap(SeedTexts.read(SeedTexts.BAO_YEN), 85), null));
    }

    @Test
    void oldStyleToneMarksAndDecomposedText() {
        String old = SeedTexts.read(SeedTexts.BACH_THONG).replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("hóa", "hoá")
                .replace("KẾ HOẠCH", "KẾ HOẠCH".replace("Ạ", "A\u0323"));
        String text = "ĐẢNG BỘ TỈNH BẮC KẠN\nHUYỆN UỶ BẠCH THÔNG\n" + java.text.Normalizer.normalize(old,
                java.text.Normalizer.Form.NFD);
        ImportedDocument doc = reader.read(text, new UnitMatcher(List.of(), List.of()));
        assertThat(doc.type()).isEqualTo("KH");
        assertThat(doc.issuingBody()).isEqualTo("HUYỆN UỶ BẠCH THÔNG");
        assertThat(doc.subject()).startsWith("triển khai đợt sinh hoạt");
        assertThat(doc.assignments()).hasSize(11);
        assertThat(doc.assignments().get(3).units()).extracting(UnitMention::text).containsExactly("Uỷ ban nhân dân huyện");
        assertThat(doc.copies()).contains("Ủy ban MTTQ và các đoàn thể huyện".replace("Ủy", "Uỷ"));
    }

    @Test
    void oneLineKinhGuiAndPointsWithoutUnitGoToEveryRecipient() {
        String text = """
                HUYỆN ỦY BẢO YÊN
                *
                Số 12-CV/HU
                V/v báo cáo kết quả
                ĐẢNG CỘNG SẢN VIỆT NAM
                Bảo Yên, ngày 02 tháng 01 năm 2025

                Kính gửi: Các chi, đảng bộ trực thuộc Huyện ủy

                Thực hiện Kế hoạch số 215-KH/TU ngày 23/02/2024 của Ban Thường vụ Tỉnh ủy, Huyện ủy đề nghị:

                1. Tổ chức quán triệt nghị quyết, hoàn thành trong quý I năm 2025.

                2. Báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 15/6/2025.

                3. Tuyên truyền trên trang thông tin điện tử.

                Nơi nhận:
                - Như kính gửi,
                - Lưu VT.

                K/T BÍ THƯ
                PHÓ BÍ THƯ

                Hoàng Văn Minh
                """;
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.superiorBody()).isNull();
        assertThat(doc.issuingBody()).isEqualTo("HUYỆN ỦY BẢO YÊN");
        assertThat(doc.subject()).isEqualTo("V/v báo cáo kết quả");
        assertThat(doc.recipients()).extracting(UnitMention::text).containsExactly("Các chi, đảng bộ trực thuộc Huyện ủy");
        assertThat(doc.assignments()).extracting(Assignment::deadline)
                .containsExactly("hoàn thành trong quý I năm 2025", "trước ngày 15/6/2025", null);
        assertThat(doc.assignments()).allSatisfy(a -> assertThat(a.units()).isEqualTo(doc.recipients()));
        assertThat(doc.assignments().get(0).text()).isEqualTo("Tổ chức quán triệt nghị quyết, hoàn thành trong quý I năm 2025.");
        assertThat(doc.copies()).containsExactly("Như kính gửi", "Lưu VT");
        assertThat(doc.signature()).isEqualTo(new ImportedDocument.Signature("K/T BÍ THƯ", "PHÓ BÍ THƯ", "Hoàng Văn Minh"));
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void aDeadlineWithoutItsYearIsKeptAsWrittenAndWarnedAbout() {
        String text = """
                HUYỆN ỦY BẢO YÊN
                Số 13-CV/HU
                V/v nộp báo cáo
                Bảo Yên, ngày 02 tháng 01 năm 2025
                Kính gửi: Ban Tuyên giáo Huyện ủy
                1. Gửi báo cáo trước ngày 30/3.
                Nơi nhận:
                - Lưu VT.
                PHÓ BÍ THƯ
                Hoàng Văn Minh
                """;
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.assignments()).singleElement().extracting(Assignment::deadline).isEqualTo("trước ngày 30/3");
        assertThat(doc.warnings()).singleElement().asString().startsWith("Hạn của nhiệm vụ 1 («trước ngày 30/3»)");
    }

    @Test
    void aHuongDanWithRulesLeadUnitsAndANameInCapitals() {
        String text = """
                ĐẢNG CỘNG SẢN VIỆT NAM
                Lào Cai, ngày 05 tháng 02 năm 2025
                TỈNH UỶ LÀO CAI
                *
                Số: 41-HD/TU

                HƯỚNG DẪN
                tuyên truyền kỷ niệm 95 năm
                Ngày thành lập Đảng
                -----

                Căn cứ Kế hoạch số 12-KH/TW ngày 10/01/2025 của Ban Bí thư, Ban Thường vụ Tỉnh ủy hướng dẫn như sau:

                1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị trước 15/3/2025.

                2. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả trong tháng 4/2025.

                Nơi nhận:
                - Ban Tuyên giáo Trung ương (b/c),
                - Lưu Văn phòng Tỉnh ủy.

                T/UQ BAN THƯỜNG VỤ
                TRƯỞNG BAN TUYÊN GIÁO
                (Đã ký)
                NGUYỄN VĂN AN
                """;
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.type()).isEqualTo("HD");
        assertThat(doc.superiorBody()).isNull();
        assertThat(doc.issuingBody()).isEqualTo("TỈNH UỶ LÀO CAI");
        assertThat(doc.number()).isEqualTo("41-HD/TU");
        assertThat(doc.issuedOn()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(doc.place()).isEqualTo("Lào Cai");
        assertThat(doc.subject()).isEqualTo("tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng");
        assertThat(doc.recipients()).isNull();
        assertThat(doc.basis()).startsWith("Căn cứ Kế hoạch số 12-KH/TW");
        assertThat(doc.assignments()).extracting(Assignment::deadline)
                .containsExactly("trước 15/3/2025", "trong tháng 4/2025");
        assertThat(doc.assignments().get(0).units()).extracting(UnitMention::text)
                .containsExactly("Ban Tuyên giáo Tỉnh ủy");
        assertThat(doc.assignments().get(1).units()).isEmpty();
        assertThat(doc.copies()).containsExactly("Ban Tuyên giáo Trung ương (b/c)", "Lưu Văn phòng Tỉnh ủy");
        assertThat(doc.signature()).isEqualTo(new ImportedDocument.Signature("T/UQ BAN THƯỜNG VỤ",
                "TRƯỞNG BAN TUYÊN GIÁO", "NGUYỄN VĂN AN"));
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void wordParagraphsWithoutDashesAndBulletsForEveryRecipient() {
        String text = """
                ĐẢNG BỘ TỈNH LÀO CAI

                HUYỆN ỦY BẢO YÊN

                Số 30-CV/HU

                V/v triển khai Tháng hành động

                Bảo Yên, ngày 03 tháng 6 năm 2025

                Kính gửi:

                Các chi, đảng bộ trực thuộc,

                Ủy ban MTTQ huyện.

                Thực hiện Công văn số 88-CV/TU ngày 20/5/2025 của Tỉnh ủy, Huyện ủy đề nghị các đơn vị:

                - Tổ chức tuyên truyền trước ngày 30/6/2025.

                - Báo cáo kết quả định kỳ 6 tháng, hằng năm.

                Nơi nhận:

                - Như kính gửi,

                - Lưu VT.

                T/L BAN THƯỜNG VỤ

                CHÁNH VĂN PHÒNG

                Trần Văn Hùng
                """;
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.recipients()).extracting(UnitMention::text)
                .containsExactly("Các chi, đảng bộ trực thuộc", "Ủy ban MTTQ huyện");
        assertThat(doc.body()).isNull();
        assertThat(doc.assignments()).extracting(Assignment::text)
                .containsExactly("Tổ chức tuyên truyền trước ngày 30/6/2025.", "Báo cáo kết quả định kỳ 6 tháng, hằng năm.");
        assertThat(doc.assignments()).extracting(Assignment::deadline)
                .containsExactly("trước ngày 30/6/2025", "định kỳ 6 tháng, hằng năm");
        assertThat(doc.assignments()).allSatisfy(a -> assertThat(a.units()).isEqualTo(doc.recipients()));
        assertThat(doc.signature()).isEqualTo(new ImportedDocument.Signature("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG",
                "Trần Văn Hùng"));
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void aNumberedImplementationSectionWithSubHeadings() {
        String text = """
                HUYỆN ỦY BẢO YÊN
                Số 05-KH/HU
                Bảo Yên, ngày 10 tháng 7 năm 2025
                KẾ HOẠCH
                tổ chức Ngày hội đại đoàn kết
                Thực hiện Hướng dẫn số 41-HD/BTGTU ngày 24/7/2025 của Ban Tuyên giáo Tỉnh ủy, Huyện ủy xây dựng kế hoạch:
                1. Mục đích, yêu cầu
                Tạo sự đồng thuận trong Nhân dân.
                2. Tổ chức thực hiện
                2.1. Ủy ban MTTQ huyện
                - Chủ trì tổ chức Ngày hội trong tháng 11/2025.
                - Báo cáo kết quả trước ngày 30/11/2025.
                a) Các chi, đảng bộ trực thuộc: Phối hợp tổ chức ở cơ sở.
                3. Kinh phí
                Do ngân sách huyện bảo đảm.
                Nơi nhận:
                - Lưu VT.
                PHÓ BÍ THƯ
                Hoàng Văn Minh
                """;
        ImportedDocument doc = reader.read(text, null);
        assertThat(doc.type()).isEqualTo("KH");
        assertThat(doc.subject()).isEqualTo("tổ chức Ngày hội đại đoàn kết");
        assertThat(doc.assignments()).extracting(Assignment::text).containsExactly(
                "Chủ trì tổ chức Ngày hội trong tháng 11/2025.", "Báo cáo kết quả trước ngày 30/11/2025.",
                "Phối hợp tổ chức ở cơ sở.");
        assertThat(doc.assignments()).extracting(a -> a.units().get(0).text()).containsExactly(
                "Ủy ban MTTQ huyện", "Ủy ban MTTQ huyện", "Các chi, đảng bộ trực thuộc");
        assertThat(doc.assignments()).extracting(Assignment::deadline)
                .containsExactly("trong tháng 11/2025", "trước ngày 30/11/2025", null);
        assertThat(doc.body()).isEqualTo("1. Mục đích, yêu cầu\nTạo sự đồng thuận trong Nhân dân.\n"
                + "2. Tổ chức thực hiện\n3. Kinh phí\nDo ngân sách huyện bảo đảm.");
    }

    /** As PDF text comes out: no blank lines, paragraphs cut at a width. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String rest = line.strip();
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                cut = cut <= 0 ? width : cut;
                out.append(rest, 0, cut).append('\n');
                rest = rest.substring(cut).strip();
            }
            if (!rest.isEmpty()) {
                out.append(rest).append('\n');
            }
        }
        return out.toString();
    }

    static void assertAllChecksRight(String seed, ImportedDocument doc) {
        assertThat(SeedExpectations.checks(seed, doc)).as(seed).filteredOn(c -> !c.right()).isEmpty();
    }
}
