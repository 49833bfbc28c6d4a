package vn.dang.chidao.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dang.chidao.deadline.DeadlinePhraseException.Reason;
import vn.dang.chidao.deadline.DeadlineRule.Fixed;
import vn.dang.chidao.deadline.DeadlineRule.Kind;
import vn.dang.chidao.deadline.DeadlineRule.Ongoing;
import vn.dang.chidao.deadline.DeadlineRule.Periodic;
import vn.dang.chidao.deadline.DeadlineRule.Yearly;

class DeadlinePhraseParserTest {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();
    /** A Tuesday after the first quarter: 30/3 of this year has passed. */
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 15);

    private static DeadlineRule parse(String phrase) {
        return PARSER.parse(phrase, TODAY);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"30/3/2024", "30/03/2024", "trước ngày 30/3/2024", "Trước ngày 30/3/2024.",
            "TRƯỚC NGÀY 30/03/2024;", "  trước   ngày  30/3/2024  ", "trước ngày\t30/3/2024", "ngày 30/3/2024",
            "ngày30/3/2024", "chậm nhất ngày 30/3/2024", "Chậm nhất là ngày 30/3/2024", "hạn: 30/3/2024",
            "Thời hạn: trước ngày 30/3/2024", "hoàn thành trước ngày 30/3/2024", "đến hết ngày 30/3/2024",
            "xong trước ngày 30/3/2024", "30-3-2024", "30.3.2024", "30 / 3 / 2024", "30/3 năm 2024",
            "ngày 30 tháng 3 năm 2024", "trước ngày 30 tháng 03, năm 2024", "2024-03-30", "2024-3-30",
            "\"30/3/2024\"", "“trước ngày 30/3/2024”", "(30/3/2024)", "- 30/3/2024", "30\u00A0/\u00A03/2024"})
    void dates(String phrase) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule).isEqualTo(new Fixed(LocalDate.of(2024, 3, 30)));
        assertThat(rule.kind()).isEqualTo(Kind.FIXED);
        assertThat(rule.recurring()).isFalse();
        assertThat(rule.describe()).isEqualTo("30/03/2024");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "ngày 15/8/2023|2023-08-15",
            "chậm nhất ngày 30/11/2026|2026-11-30",
            "trước ngày 1/1/2025|2025-01-01",
            "31/12/2025|2025-12-31",
            "29/2/2024|2024-02-29",
            "ngày 05.09.2025|2025-09-05"})
    void otherDates(String phrase, LocalDate expected) {
        assertThat(parse(phrase)).isEqualTo(new Fixed(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "trong tháng 8/2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "tháng 8 năm 2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "Trong tháng 08/2023.|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "tháng 8-2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "trong tháng 8, năm 2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "cuối tháng 8/2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "đến hết tháng 8/2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "chậm nhất trong tháng 8/2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "trước tháng 9/2023|2023-08-31|31/08/2023 (cuối tháng 8/2023)",
            "trước cuối tháng 9/2023|2023-09-30|30/09/2023 (cuối tháng 9/2023)",
            "trước tháng 1/2024|2023-12-31|31/12/2023 (cuối tháng 12/2023)",
            "trong tháng 2/2024|2024-02-29|29/02/2024 (cuối tháng 2/2024)",
            "trong tháng 2/2023|2023-02-28|28/02/2023 (cuối tháng 2/2023)",
            "tháng 2 năm 2100|2100-02-28|28/02/2100 (cuối tháng 2/2100)",
            "trước tháng 3/2024|2024-02-29|29/02/2024 (cuối tháng 2/2024)",
            "trong tháng 4/2025|2025-04-30|30/04/2025 (cuối tháng 4/2025)",
            "trong tháng 12/2025|2025-12-31|31/12/2025 (cuối tháng 12/2025)",
            "trong tháng 8 năm nay|2025-08-31|31/08/2025 (cuối tháng 8/2025)"})
    void months(String phrase, LocalDate expected, String description) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule.kind()).isEqualTo(Kind.FIXED);
        assertThat(rule.firstDue(TODAY)).contains(expected);
        assertThat(rule.describe()).isEqualTo(description);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "trong quý I năm 2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "trong quý II năm 2025|2025-06-30|30/06/2025 (cuối quý II/2025)",
            "trong quý III năm 2025|2025-09-30|30/09/2025 (cuối quý III/2025)",
            "trong quý IV năm 2025|2025-12-31|31/12/2025 (cuối quý IV/2025)",
            "quý 1/2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "quý 2/2025|2025-06-30|30/06/2025 (cuối quý II/2025)",
            "quý 3/2025|2025-09-30|30/09/2025 (cuối quý III/2025)",
            "quý 4/2025|2025-12-31|31/12/2025 (cuối quý IV/2025)",
            "trong quý IV/2025|2025-12-31|31/12/2025 (cuối quý IV/2025)",
            "Trong Quý iii - 2025.|2025-09-30|30/09/2025 (cuối quý III/2025)",
            "trong quí I/2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "trong qúy I/2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "quý I, năm 2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "cuối quý I/2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "trước quý II/2025|2025-03-31|31/03/2025 (cuối quý I/2025)",
            "trước quý I/2025|2024-12-31|31/12/2024 (cuối quý IV/2024)",
            "trong quý I năm sau|2026-03-31|31/03/2026 (cuối quý I/2026)"})
    void quarters(String phrase, LocalDate expected, String description) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule.kind()).isEqualTo(Kind.FIXED);
        assertThat(rule.firstDue(TODAY)).contains(expected);
        assertThat(rule.describe()).isEqualTo(description);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "6 tháng đầu năm 2025|2025-06-30|30/06/2025 (6 tháng đầu năm 2025)",
            "trong 6 tháng đầu năm 2025|2025-06-30|30/06/2025 (6 tháng đầu năm 2025)",
            "sáu tháng đầu năm 2025|2025-06-30|30/06/2025 (6 tháng đầu năm 2025)",
            "nửa đầu năm 2025|2025-06-30|30/06/2025 (6 tháng đầu năm 2025)",
            "6 tháng cuối năm 2025|2025-12-31|31/12/2025 (6 tháng cuối năm 2025)",
            "trước 6 tháng cuối năm 2025|2025-06-30|30/06/2025 (6 tháng đầu năm 2025)",
            "trong năm 2025|2025-12-31|31/12/2025 (cuối năm 2025)",
            "năm 2025|2025-12-31|31/12/2025 (cuối năm 2025)",
            "cuối năm 2025|2025-12-31|31/12/2025 (cuối năm 2025)",
            "từ nay đến cuối năm 2025|2025-12-31|31/12/2025 (cuối năm 2025)",
            "trong năm nay|2025-12-31|31/12/2025 (cuối năm 2025)",
            "trước năm 2026|2025-12-31|31/12/2025 (cuối năm 2025)",
            "trước cuối năm 2026|2026-12-31|31/12/2026 (cuối năm 2026)"})
    void halvesAndYears(String phrase, LocalDate expected, String description) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule.kind()).isEqualTo(Kind.FIXED);
        assertThat(rule.firstDue(TODAY)).contains(expected);
        assertThat(rule.describe()).isEqualTo(description);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"trước ngày 30/3 hằng năm", "trước ngày 30/3 hàng năm", "Trước ngày 30/3 Hằng Năm.",
            "30/3 hằng năm", "30/03 hàng năm", "ngày 30/3 hằng năm", "ngày 30-3 hằng năm", "trước ngày 30.3 hằng năm",
            "trước ngày 30/3, hằng năm", "trước 30/3 mỗi năm", "ngày 30 tháng 3 hằng năm",
            "xong trước ngày 30/3 hằng năm", "Hằng năm, trước ngày 30/3", "hàng năm trước ngày 30/3",
            "chậm nhất ngày 30/3 hằng năm"})
    void yearlyRecurrence(String phrase) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule).isEqualTo(new Yearly(MonthDay.of(3, 30), null, TODAY));
        assertThat(rule.kind()).isEqualTo(Kind.RECURRING_YEARLY);
        assertThat(rule.recurring()).isTrue();
        assertThat(rule.describe()).isEqualTo("30/03 hằng năm, lần tới 30/03/2026");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "trong quý I hàng năm|--03-31|31/03 hằng năm (cuối quý I), lần tới 31/03/2026",
            "quý 2 hằng năm|--06-30|30/06 hằng năm (cuối quý II), lần tới 30/06/2025",
            "trước quý I hằng năm|--12-31|31/12 hằng năm (cuối quý IV), lần tới 31/12/2025",
            "trong tháng 8 hằng năm|--08-31|31/08 hằng năm (cuối tháng 8), lần tới 31/08/2025",
            "trước tháng 9 hằng năm|--08-31|31/08 hằng năm (cuối tháng 8), lần tới 31/08/2025",
            "6 tháng đầu năm, hằng năm|--06-30|30/06 hằng năm (6 tháng đầu năm), lần tới 30/06/2025",
            "trong tháng 2 hằng năm|--02-29|29/02 hằng năm (cuối tháng 2; năm không nhuận: 28/02), lần tới 28/02/2026",
            "trước ngày 29/2 hằng năm|--02-29|29/02 hằng năm (năm không nhuận: 28/02), lần tới 28/02/2026",
            "ngày 15/4 hằng năm|--04-15|15/04 hằng năm, lần tới 15/04/2025"})
    void yearlyRecurrenceOfAPeriod(String phrase, MonthDay day, String description) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule).asInstanceOf(type(Yearly.class)).extracting(Yearly::day).isEqualTo(day);
        assertThat(rule.describe()).isEqualTo(description);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"định kỳ 6 tháng", "Định kỳ 6 tháng.", "định kì 6 tháng", "báo cáo định kỳ 6 tháng",
            "Báo cáo 6 tháng", "định kỳ 6 tháng một lần", "6 tháng một lần", "6 tháng/lần", "định kỳ sáu tháng",
            "báo cáo định kỳ 06 tháng"})
    void semiAnnualReports(String phrase) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule).isEqualTo(new Periodic(ReportSchedule.of(ReportFrequency.SEMI_ANNUAL), TODAY));
        assertThat(rule.kind()).isEqualTo(Kind.PERIODIC);
        assertThat(rule.recurring()).isTrue();
        assertThat(rule.describe()).isEqualTo("Báo cáo định kỳ 6 tháng: 30/06 và 31/12, lần tới 30/06/2025");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "định kỳ hằng quý|QUARTERLY",
            "định kỳ hàng quý|QUARTERLY",
            "hằng quý|QUARTERLY",
            "Hàng quý.|QUARTERLY",
            "báo cáo quý|QUARTERLY",
            "định kỳ 3 tháng|QUARTERLY",
            "báo cáo định kỳ hằng quý|QUARTERLY",
            "hằng tháng|MONTHLY",
            "hàng tháng|MONTHLY",
            "báo cáo hằng tháng|MONTHLY",
            "định kỳ hằng tháng|MONTHLY",
            "hằng năm|ANNUAL",
            "hàng năm|ANNUAL",
            "báo cáo hằng năm|ANNUAL",
            "định kỳ hằng năm|ANNUAL",
            "báo cáo năm|ANNUAL"})
    void otherReportFrequencies(String phrase, ReportFrequency frequency) {
        assertThat(parse(phrase)).isEqualTo(new Periodic(ReportSchedule.of(frequency), TODAY));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"định kỳ 6 tháng, hằng năm", "6 tháng, hằng năm", "6 tháng, hàng năm",
            "Định kỳ 6 tháng, hàng năm.", "báo cáo định kỳ 6 tháng, hằng năm", "định kỳ 6 tháng và hằng năm",
            "định kỳ 6 tháng; hằng năm", "báo cáo sơ kết 6 tháng, tổng kết năm", "hằng năm, 6 tháng",
            "báo cáo 6 tháng và cả năm"})
    void semiAnnualAndAnnualReports(String phrase) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule).isEqualTo(
                new Periodic(ReportSchedule.of(ReportFrequency.SEMI_ANNUAL, ReportFrequency.ANNUAL), TODAY));
        assertThat(rule.describe())
                .isEqualTo("Báo cáo định kỳ 6 tháng và hằng năm: 30/06 và 31/12, lần tới 30/06/2025");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "thường xuyên|ANNUAL|Thường xuyên, báo cáo hằng năm (31/12)",
            "Thường xuyên.|ANNUAL|Thường xuyên, báo cáo hằng năm (31/12)",
            "THƯỜNG XUYÊN|ANNUAL|Thường xuyên, báo cáo hằng năm (31/12)",
            "'  thường   xuyên ; '|ANNUAL|Thường xuyên, báo cáo hằng năm (31/12)",
            "thường xuyên, báo cáo định kỳ 6 tháng|SEMI_ANNUAL|Thường xuyên, báo cáo định kỳ 6 tháng (30/06 và 31/12)",
            "thường xuyên; định kỳ 6 tháng báo cáo|SEMI_ANNUAL|Thường xuyên, báo cáo định kỳ 6 tháng (30/06 và 31/12)",
            "thường xuyên, 6 tháng|SEMI_ANNUAL|Thường xuyên, báo cáo định kỳ 6 tháng (30/06 và 31/12)",
            "thường xuyên - báo cáo hằng quý|QUARTERLY|Thường xuyên, báo cáo hằng quý (31/03, 30/06, 30/09 và 31/12)",
            "thường xuyên, báo cáo hàng tháng|MONTHLY|Thường xuyên, báo cáo hằng tháng (ngày cuối mỗi tháng)",
            "thường xuyên, báo cáo hằng năm|ANNUAL|Thường xuyên, báo cáo hằng năm (31/12)"})
    void ongoing(String phrase, ReportFrequency frequency, String description) {
        DeadlineRule rule = parse(phrase);

        assertThat(rule).isEqualTo(new Ongoing(ReportSchedule.of(frequency)));
        assertThat(rule.kind()).isEqualTo(Kind.ONGOING);
        assertThat(rule.describe()).isEqualTo(description);
    }

    @Test
    void ongoingWithSemiAnnualAndAnnualReports() {
        DeadlineRule rule = parse("Thường xuyên (báo cáo định kỳ 6 tháng, hằng năm)");

        assertThat(rule).isEqualTo(
                new Ongoing(ReportSchedule.of(ReportFrequency.SEMI_ANNUAL, ReportFrequency.ANNUAL)));
        assertThat(rule.describe()).isEqualTo("Thường xuyên, báo cáo định kỳ 6 tháng và hằng năm (30/06 và 31/12)");
    }

    @Test
    void ongoingUntilADateIsThatDate() {
        // the seed plan of Bạch Thông: "thực hiện thường xuyên từ nay đến cuối năm 2023"
        assertThat(parse("thường xuyên từ nay đến cuối năm 2023"))
                .isEqualTo(new Fixed(LocalDate.of(2023, 12, 31), "cuối năm 2023"));
        assertThat(parse("thường xuyên, trước ngày 30/3 hằng năm"))
                .isEqualTo(new Yearly(MonthDay.of(3, 30), null, TODAY));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"trước ngày 30/3/2024", "ngày 30 tháng 3 năm 2024", "trong tháng 8/2023",
            "trong quý I năm 2025", "Trong Quý IV/2025", "6 tháng đầu năm 2025", "trong năm 2025",
            "trước ngày 30/3 hằng năm", "trong quý I hàng năm", "định kỳ 6 tháng, hằng năm", "định kì hàng quý",
            "báo cáo sơ kết 6 tháng, tổng kết năm", "thường xuyên", "Thường xuyên, báo cáo định kỳ 6 tháng",
            "ĐỊNH KỲ 6 THÁNG", "chậm nhất là ngày 30/11/2026"})
    void decomposedUnicodeReadsTheSame(String phrase) {
        String nfd = Normalizer.normalize(phrase, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(phrase);

        assertThat(PARSER.parse(nfd, TODAY)).isEqualTo(PARSER.parse(phrase, TODAY));
        assertThat(PARSER.parse(nfd.toUpperCase(), TODAY)).isEqualTo(PARSER.parse(phrase, TODAY));
    }

    @Test
    void oldVietnameseEncodingOfDStrokeIsAccepted() {
        // U+00D0 (Icelandic eth) is what some old fonts and converters produce for "Đ"
        assertThat(parse("\u00D0ịnh kỳ 6 tháng")).isEqualTo(parse("Định kỳ 6 tháng"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"abc", "sớm", "ASAP", "càng sớm càng tốt", "khi có yêu cầu", "trong 6 tháng",
            "6 tháng", "trong 30 ngày", "tháng 8 và tháng 9 năm 2023", "đầu tháng 9/2023", "30/3/2024 hằng năm",
            "quý I/2025 hằng năm", "định kỳ", "báo cáo", "hằng tuần", "thường xuyên, khi có yêu cầu", "30/3/202",
            "30/3-2024", "2024", "trước", "hằng năm, định kỳ ngày 30/3", "ngày 30/3/2024 đến 30/4/2024"})
    void unknownPhrasesAreRefusedWithExamples(String phrase) {
        assertThatThrownBy(() -> parse(phrase)).isInstanceOf(DeadlinePhraseException.class)
                // examples ahead of "today" (15/4/2025), never of past years
                .hasMessage("Không hiểu thời hạn \"" + phrase + "\". Ví dụ cách ghi: \"30/6/2025\", "
                        + "\"trong tháng 6/2025\", \"trong quý III năm 2025\", \"trước ngày 30/3 hằng năm\", "
                        + "\"định kỳ 6 tháng\", \"thường xuyên\".")
                .satisfies(e -> {
                    DeadlinePhraseException d = (DeadlinePhraseException) e;
                    assertThat(d.reason()).isEqualTo(Reason.UNRECOGNISED);
                    assertThat(d.phrase()).isEqualTo(phrase);
                });
    }

    @Test
    void theMessageQuotesWhatWasWrittenNotTheNormalisedForm() {
        String nfd = Normalizer.normalize("  Sớm   nhất  có thể ", Normalizer.Form.NFD);

        assertThatThrownBy(() -> parse(nfd)).hasMessageStartingWith("Không hiểu thời hạn \"Sớm nhất có thể\".");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " . ", "\"\""})
    void nothingWritten(String phrase) {
        assertThatThrownBy(() -> parse(phrase)).isInstanceOf(DeadlinePhraseException.class)
                .hasMessageStartingWith("Chưa ghi thời hạn. Ví dụ cách ghi: \"30/6/2025\"")
                .extracting(e -> ((DeadlinePhraseException) e).reason()).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "31/2/2024|tháng 2/2024 chỉ có 29 ngày",
            "trước ngày 29/2/2023|tháng 2/2023 chỉ có 28 ngày",
            "31/4/2025|tháng 4/2025 chỉ có 30 ngày",
            "2024-02-30|tháng 2/2024 chỉ có 29 ngày",
            "ngày 31 tháng 6 năm 2025|tháng 6/2025 chỉ có 30 ngày",
            "0/3/2024|không có ngày 0",
            "1/13/2024|không có tháng 13, tháng ghi từ 1 đến 12",
            "trong tháng 13/2024|không có tháng 13, tháng ghi từ 1 đến 12",
            "tháng 0/2024|không có tháng 0, tháng ghi từ 1 đến 12",
            "trong quý V/2025|không có quý V, quý ghi từ I đến IV (hoặc 1 đến 4)",
            "quý 5/2025|không có quý 5, quý ghi từ I đến IV (hoặc 1 đến 4)",
            "trước ngày 30/2 hằng năm|tháng 2 chỉ có 29 ngày",
            "32/1 hằng năm|tháng 1 chỉ có 31 ngày",
            "0/1 hằng năm|không có ngày 0",
            "30/13 hằng năm|không có tháng 13, tháng ghi từ 1 đến 12"})
    void impossibleDatesAreRefused(String phrase, String problem) {
        assertThatThrownBy(() -> parse(phrase)).isInstanceOf(DeadlinePhraseException.class)
                .hasMessage("Thời hạn \"" + phrase + "\" không hợp lệ: " + problem + ".")
                .extracting(e -> ((DeadlinePhraseException) e).reason()).isEqualTo(Reason.IMPOSSIBLE_DATE);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "trước ngày 30/3|30/3/2025",
            "30/03|30/3/2025",
            "ngày 30 tháng 3|30/3/2025",
            "trong tháng 8|tháng 8/2025",
            "trước tháng 9|tháng 9/2025",
            "trong quý I|quý I/2025",
            "6 tháng đầu năm|6 tháng đầu năm 2025"})
    void aOneOffDeadlineNeedsItsYear(String phrase, String example) {
        assertThatThrownBy(() -> parse(phrase)).isInstanceOf(DeadlinePhraseException.class)
                .hasMessage("Thời hạn \"" + phrase + "\" thiếu năm: ghi rõ năm, ví dụ \"" + example
                        + "\", hoặc thêm \"hằng năm\" nếu thời hạn lặp lại mỗi năm.")
                .extracting(e -> ((DeadlinePhraseException) e).reason()).isEqualTo(Reason.MISSING_YEAR);
    }

    @Test
    void aTwoDigitYearIsRefused() {
        assertThatThrownBy(() -> parse("30/3/24")).isInstanceOf(DeadlinePhraseException.class)
                .hasMessage("Thời hạn \"30/3/24\" không hợp lệ: năm phải ghi đủ 4 chữ số, ví dụ \"30/3/2024\".")
                .extracting(e -> ((DeadlinePhraseException) e).reason()).isEqualTo(Reason.SHORT_YEAR);
    }

    @Test
    void aDeadlineExceptionIsAnIllegalArgument() {
        assertThatThrownBy(() -> parse("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void todayIsRequired() {
        assertThatThrownBy(() -> PARSER.parse("30/3/2024", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void seedPhrasesAreUnderstood() {
        // cong-van-bac-kan-2024.txt
        assertThat(parse("xong trước ngày 30/3 hằng năm").kind()).isEqualTo(Kind.RECURRING_YEARLY);
        assertThat(parse("trong quý I hàng năm").firstDue(TODAY)).contains(LocalDate.of(2026, 3, 31));
        // DESIGN.md §1
        assertThat(parse("định kỳ 6 tháng, hằng năm").reportCutOffs(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))).containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
    }
}
