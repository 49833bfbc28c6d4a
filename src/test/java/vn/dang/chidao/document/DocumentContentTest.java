package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dang.chidao.document.DocumentContent.Block;
import vn.dang.chidao.document.DocumentContent.Kind;

/** How the typed text becomes the printed words, shared by the PDF and the DOCX. */
class DocumentContentTest {

    private static final String GAP = "\u00a0".repeat(6);

    @Test
    void listsGetADashACommaAndAFinalFullStop() {
        assertThat(DocumentContent.listLines(List.of("Các chi, đảng bộ trực thuộc", "- MTTQ và các đoàn thể huyện;",
                " ", "– Ban Chỉ đạo 35 huyện"), true))
                .containsExactly("- Các chi, đảng bộ trực thuộc,", "- MTTQ và các đoàn thể huyện;",
                        "- Ban Chỉ đạo 35 huyện.");
    }

    @Test
    void aCaptionInNoiNhanKeepsItsColonAndTheFullStopGoesToTheLastLine() {
        assertThat(DocumentContent.listLines(List.of("Gửi bản điện tử:", "Như trên", "Lưu VT", "Gửi bản giấy:"),
                false)).containsExactly("Gửi bản điện tử:", "- Như trên,", "- Lưu VT.", "Gửi bản giấy:");
    }

    @Test
    void theLuuLineClosesTheNoiNhanListWhereverItWasTyped() {
        assertThat(DocumentContent.listLines(DocumentContent.archiveLast(List.of("Lưu VT", "Thường trực Huyện ủy (b/c)",
                "- Như kính gửi")), false))
                .containsExactly("- Thường trực Huyện ủy (b/c),", "- Như kính gửi,", "- Lưu VT.");
    }

    @Test
    void aSingleRecipientHasNoDashAndEndsWithAFullStop() {
        assertThat(DocumentContent.listLines(List.of("Ban Thường vụ Tỉnh ủy"), true))
                .containsExactly("Ban Thường vụ Tỉnh ủy.");
        assertThat(DocumentContent.listLines(List.of("Các chi bộ trực thuộc."), true))
                .containsExactly("Các chi bộ trực thuộc.");
        assertThat(DocumentContent.listLines(List.of("Lưu VT"), false)).containsExactly("- Lưu VT.");
    }

    @Test
    void headerWordsAreCapitalisedTheVietnameseWay() {
        DocumentContent content = DocumentContent.of(document("HD", null, "Ban Tuyên giáo Tỉnh ủy", "K/t Trưởng ban",
                "Phó Trưởng ban"));

        assertThat(content.superior()).isEqualTo("ĐẢNG BỘ TỈNH LÀO CAI");
        assertThat(content.issuer()).isEqualTo("BAN TUYÊN GIÁO TỈNH ỦY");
        assertThat(content.typeTitle()).isEqualTo("HƯỚNG DẪN");
        assertThat(content.signingLines()).containsExactly("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        assertThat(content.congVan()).isFalse();
        assertThat(content.title()).isEqualTo("12-HD/BTGTU: Hướng dẫn tuyên truyền kỷ niệm 80 năm");
    }

    @Test
    void aSignerInTheirOwnRightHasOnlyThePosition() {
        DocumentContent content = DocumentContent.of(document("CV", "Công văn", "Ban Tuyên giáo", null, "Trưởng ban"));

        assertThat(content.signingLines()).containsExactly("TRƯỞNG BAN");
        assertThat(content.typeTitle()).isNull();
    }

    @Test
    void anUnnumberedDraftLeavesTheNumberAndDayBlank() {
        IssuedDocument draft = new IssuedDocument("CV", "Công văn", null, "Huyện ủy Bảo Yên", null, "Bảo Yên", null,
                "V/v thử", List.of(), "", List.of(), List.of(), List.of(), null, "PHÓ BÍ THƯ", "Nguyễn Xuân Nhân");

        DocumentContent content = DocumentContent.of(draft);

        assertThat(content.numberLine()).isEqualTo("Số " + GAP + "-CV");
        assertThat(content.dateLine()).isEqualTo("Bảo Yên, ngày" + GAP + "tháng" + GAP + "năm" + GAP);
        assertThat(content.superior()).isNull();
        assertThat(content.title()).isEqualTo("V/v thử");
    }

    @Test
    void dateLinesWithAndWithoutAPlace() {
        assertThat(DocumentContent.dateLine("Bảo Yên", LocalDate.of(2023, 7, 4)))
                .isEqualTo("Bảo Yên, ngày 04 tháng 7 năm 2023");
        assertThat(DocumentContent.dateLine("", LocalDate.of(2024, 12, 20))).isEqualTo("Ngày 20 tháng 12 năm 2024");
        // HD 36: days below 10 and the months 1 and 2 with a leading zero, other months without
        assertThat(DocumentContent.dateLine("Bảo Yên", LocalDate.of(2027, 2, 5)))
                .isEqualTo("Bảo Yên, ngày 05 tháng 02 năm 2027");
        assertThat(DocumentContent.dateLine("Bảo Yên", LocalDate.of(2027, 1, 9)))
                .isEqualTo("Bảo Yên, ngày 09 tháng 01 năm 2027");
        assertThat(DocumentContent.dateLine("Bảo Yên", LocalDate.of(2027, 3, 1)))
                .isEqualTo("Bảo Yên, ngày 01 tháng 3 năm 2027");
        assertThat(DocumentContent.dateLine("", null)).isEqualTo("Ngày" + GAP + "tháng" + GAP + "năm" + GAP);
    }

    @Test
    void aNumberTypedWithSoIsNotDoubled() {
        IssuedDocument typed = new IssuedDocument("KH", "Kế hoạch", null, "Đảng ủy xã", "Số 09-KH/ĐU", "Xã A",
                LocalDate.of(2025, 8, 1), "thử", List.of(), "", List.of(), List.of(), List.of(), null, "BÍ THƯ", "A");

        assertThat(DocumentContent.of(typed).numberLine()).isEqualTo("Số 09-KH/ĐU");
    }

    @Test
    void textBecomesParagraphsHeadingsAndDeadlines() {
        IssuedDocument doc = new IssuedDocument("KH", "Kế hoạch", null, "Huyện ủy", "1-KH/HU", "A",
                LocalDate.of(2023, 8, 1), "thử", List.of("Căn cứ một.\nCăn cứ hai."),
                "I. MỤC ĐÍCH, YÊU CẦU\r\n\r\n1. Mục đích\n\tNhằm giúp cho cán bộ.\n"
                        + "1. Đẩy mạnh công tác tuyên truyền: Tuyên truyền bằng nhiều hình thức phù hợp.",
                List.of(),
                List.of(new NumberedAssignment(1, "Các chi, đảng bộ trực thuộc:\nChỉ đạo triển khai.",
                        "trong tháng 8/2023"),
                        new NumberedAssignment(2, "Báo cáo kết quả về Ban Tuyên giáo.", "Thời hạn: thường xuyên."),
                        new NumberedAssignment(3, "Theo dõi.", " ")),
                "Trên đây là Kế hoạch.", List.of(), "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "A");

        assertThat(DocumentContent.of(doc).blocks()).containsExactly(
                new Block(Kind.PARAGRAPH, "Căn cứ một."),
                new Block(Kind.PARAGRAPH, "Căn cứ hai."),
                new Block(Kind.HEADING, "I. MỤC ĐÍCH, YÊU CẦU"),
                new Block(Kind.HEADING, "1. Mục đích"),
                new Block(Kind.PARAGRAPH, "Nhằm giúp cho cán bộ."),
                new Block(Kind.PARAGRAPH,
                        "1. Đẩy mạnh công tác tuyên truyền: Tuyên truyền bằng nhiều hình thức phù hợp."),
                new Block(Kind.HEADING, "1. Các chi, đảng bộ trực thuộc:"),
                new Block(Kind.PARAGRAPH, "Chỉ đạo triển khai."),
                new Block(Kind.DEADLINE, "Thời hạn: trong tháng 8/2023."),
                new Block(Kind.PARAGRAPH, "2. Báo cáo kết quả về Ban Tuyên giáo."),
                new Block(Kind.DEADLINE, "Thời hạn: thường xuyên."),
                new Block(Kind.PARAGRAPH, "3. Theo dõi."),
                new Block(Kind.PARAGRAPH, "Trên đây là Kế hoạch."));
    }

    @Test
    void theDeadlineIsPrintedInTheDraftersWordsAndNotRepeated() {
        assertThat(DocumentContent.deadlineLine("trong tháng 8/2027", List.of("Tổ chức hội nghị.")))
                .isEqualTo("Thời hạn: trong tháng 8/2027.");
        assertThat(DocumentContent.deadlineLine("Thời hạn: trước ngày 30/3 hằng năm.", List.of("Báo cáo.")))
                .isEqualTo("Thời hạn: trước ngày 30/3 hằng năm.");
        // the drafter already wrote it into the task
        assertThat(DocumentContent.deadlineLine("trước ngày 30/3 hằng năm",
                List.of("Các cấp ủy xây dựng kế hoạch", "xong Trước ngày 30/3  hằng năm."))).isNull();
        assertThat(DocumentContent.deadlineLine(" ", List.of("Theo dõi."))).isNull();
    }

    @Test
    void aClosingTypedIntoTheLastTaskOfAnOlderDraftComesAfterItsDeadline() {
        IssuedDocument doc = new IssuedDocument("CV", "Công văn", null, "Huyện ủy", "1-CV/HU", "A",
                LocalDate.of(2023, 8, 1), "thử", List.of(), "Mở đầu.", List.of("Chi bộ A"),
                List.of(new NumberedAssignment(1, "Tổ chức hội nghị.\nYêu cầu các đơn vị thực hiện./.",
                        "trong tháng 8/2023")),
                null, List.of(), null, "BÍ THƯ", "A");

        assertThat(DocumentContent.of(doc).blocks()).containsExactly(
                new Block(Kind.PARAGRAPH, "Mở đầu."),
                new Block(Kind.PARAGRAPH, "1. Tổ chức hội nghị."),
                new Block(Kind.DEADLINE, "Thời hạn: trong tháng 8/2023."),
                new Block(Kind.PARAGRAPH, "Yêu cầu các đơn vị thực hiện./."));
    }

    @Test
    void decomposedLettersAreComposedAndControlCharactersDropped() {
        String decomposed = "Nguye\u0302\u0303n Xua\u0302n Nha\u0302n";

        assertThat(DocumentContent.clean(decomposed)).isEqualTo("Nguyễn Xuân Nhân");
        assertThat(DocumentContent.clean("a\u0000b\u0007c\u001bd\uFFFFe\uD800f 😀")).isEqualTo("abcdef 😀");
        assertThat(DocumentContent.clean(null)).isEmpty();
    }

    @Test
    void requiredPartsAreChecked() {
        assertThatThrownBy(() -> document(" ", null, "Huyện ủy", null, "BÍ THƯ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typeCode");
        assertThatThrownBy(() -> document("CV", null, " ", null, "BÍ THƯ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuerName");
        assertThatThrownBy(() -> new NumberedAssignment(0, "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentContent.of(document("XYZ", null, "Huyện ủy", null, "BÍ THƯ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typeName");
    }

    @Test
    void theModelIsImmutable() {
        List<String> recipients = new ArrayList<>(List.of("Các chi, đảng bộ trực thuộc"));
        IssuedDocument doc = new IssuedDocument(" cv ", null, null, "Huyện ủy", null, null, null, null, null, null,
                recipients, null, null, null, null, null);
        recipients.add("Ban Chỉ đạo 35");

        assertThat(doc.recipients()).containsExactly("Các chi, đảng bộ trực thuộc");
        assertThat(doc.basis()).isEmpty();
        assertThat(doc.assignments()).isEmpty();
        assertThat(doc.distribution()).isEmpty();
        assertThat(doc.typeCode()).isEqualTo("cv");
        assertThat(doc.isCongVan()).isTrue();
        assertThatThrownBy(() -> doc.recipients().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void linesNeverBreakInsideADocumentSymbolOrADate() {
        String text = "Nghị quyết số 12-NQ/TW, ngày 19/5/1890 - 22/9/2023 của Phòng VH-TT và/hoặc Ban";
        LineBreaker breaker = new LineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            pieces.add(text.substring(start, end).strip());
            start = end;
        }

        assertThat(pieces).contains("12-NQ/TW,", "19/5/1890", "22/9/2023", "VH-TT", "và/hoặc", "-");
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void aStringTooLongForALineBreaksAtItsPunctuationNotInsideAWord() {
        String url = "https://tulaocai.dcs.vn/van-ban/chi-dao/nam-2027/huong-dan-the-thuc-van-ban.pdf";
        String text = "Xem tại " + url + " theo 12-NQ/TW";
        LineBreaker breaker = new LineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            pieces.add(text.substring(start, end).strip());
            start = end;
        }

        // the address may wrap after "." "/" or "-", the short symbol stays whole, no word is cut
        assertThat(pieces).contains("https://tulaocai.", "12-NQ/TW").hasSizeGreaterThan(6);
        assertThat(pieces.subList(2, pieces.size() - 3)).allSatisfy(piece -> assertThat(piece).matches(".*[./-]"));
        assertThat(String.join("", pieces).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    private static IssuedDocument document(String type, String typeName, String issuer, String authority,
            String position) {
        return new IssuedDocument(type, typeName, "Đảng bộ tỉnh Lào Cai", issuer, "12-HD/BTGTU", "Lào Cai",
                LocalDate.of(2023, 7, 4), "tuyên truyền kỷ niệm 80 năm", List.of(), "Nội dung.", List.of("Các chi bộ"),
                List.of(), List.of("Lưu VT"), authority, position, "Nguyễn Văn A");
    }

    @Test
    void eachPointNamesItsUnitsAndTasksOfTheSameUnitsShareOnePoint() {
        IssuedDocument doc = withAssignments(DocumentSeeds.congVanBacKan(), List.of(
                new NumberedAssignment(1, "Xây dựng kế hoạch học tập.", "trước ngày 30/3 hằng năm",
                        List.of("Các chi, đảng bộ trực thuộc")),
                new NumberedAssignment(2, "Tổ chức sinh hoạt chuyên đề.", null, List.of("Các chi, đảng bộ trực thuộc")),
                new NumberedAssignment(3, "Tuyên truyền chuyên đề.", "thường xuyên",
                        List.of("Phòng Giáo dục và Đào tạo", "Đoàn thanh niên huyện")),
                new NumberedAssignment(4, "Tổng hợp, báo cáo kết quả.", null)));
        List<String> texts = DocumentContent.of(doc).blocks().stream().map(Block::text).toList();
        assertThat(texts).containsSubsequence("1. Các chi, đảng bộ trực thuộc:", "- Xây dựng kế hoạch học tập.",
                "Thời hạn: trước ngày 30/3 hằng năm.", "- Tổ chức sinh hoạt chuyên đề.",
                "2. Phòng Giáo dục và Đào tạo, Đoàn thanh niên huyện:", "Tuyên truyền chuyên đề.", "Thời hạn: thường xuyên.",
                "3. Tổng hợp, báo cáo kết quả.");
        assertThat(DocumentContent.of(doc).blocks()).filteredOn(b -> b.text().startsWith("1. "))
                .extracting(Block::kind).containsExactly(Kind.HEADING);
        // a single task under its units is not a bullet
        assertThat(texts).doesNotContain("- Tuyên truyền chuyên đề.");
    }

    @Test
    void groupsHoldingCommasAreSetApartBySemicolons() {
        assertThat(DocumentContent.unitLine(List.of("Các chi, đảng bộ trực thuộc", "MTTQ và các đoàn thể huyện")))
                .isEqualTo("Các chi, đảng bộ trực thuộc; MTTQ và các đoàn thể huyện");
        assertThat(DocumentContent.unitLine(List.of("Phòng Giáo dục và Đào tạo", "Đoàn thanh niên huyện")))
                .isEqualTo("Phòng Giáo dục và Đào tạo, Đoàn thanh niên huyện");
    }

    @Test
    void aUnitLineTheDrafterTypedIsNotPrintedTwice() {
        IssuedDocument doc = withAssignments(DocumentSeeds.congVanBaoYen(), List.of(
                new NumberedAssignment(1, """
                        Các chi, đảng bộ trực thuộc; Mặt trận Tổ quốc và các đoàn thể huyện:
                        Xây dựng chương trình, kế hoạch tổ chức các hội nghị.""", null,
                        List.of("Các chi đảng bộ trực thuộc", "MTTQ và các đoàn thể huyện")),
                new NumberedAssignment(2, "Chỉ đạo các nhà trường.", null, List.of("Phòng Giáo dục và Đào tạo"))));
        List<String> texts = DocumentContent.of(doc).blocks().stream().map(Block::text).toList();
        assertThat(texts).containsSubsequence(
                "1. Các chi, đảng bộ trực thuộc; Mặt trận Tổ quốc và các đoàn thể huyện:",
                "Xây dựng chương trình, kế hoạch tổ chức các hội nghị.", "2. Phòng Giáo dục và Đào tạo:",
                "Chỉ đạo các nhà trường.");
        assertThat(texts).filteredOn(t -> t.matches("^\\d+\\. .*trực thuộc.*")).hasSize(1);
    }

    @Test
    void aUnitLineIsRecognisedByWholeWordsWhateverTheMarks() {
        assertThat(DocumentContent.writesItsUnits(List.of("Các chi, đảng bộ trực thuộc:", "Việc"),
                List.of("Cac chi dang bo truc thuoc"))).isTrue();
        // "Chi bộ 1" is not named by a line about "Chi bộ 12"
        assertThat(DocumentContent.writesItsUnits(List.of("Chi bộ 12:", "Việc"), List.of("Chi bộ 1"))).isFalse();
        assertThat(DocumentContent.writesItsUnits(List.of("Chi bộ 1:"), List.of("Chi bộ 1"))).as("no task under it")
                .isFalse();
    }

    private static IssuedDocument withAssignments(IssuedDocument d, List<NumberedAssignment> assignments) {
        return new IssuedDocument(d.typeCode(), d.typeName(), d.superiorName(), d.issuerName(), d.documentNumber(),
                d.placeName(), d.issuedOn(), d.subject(), d.basis(), d.body(), d.recipients(), assignments, null,
                d.distribution(), d.signingAuthority(), d.signerPosition(), d.signerName());
    }
}
