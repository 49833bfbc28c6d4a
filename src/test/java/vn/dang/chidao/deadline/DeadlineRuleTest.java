package vn.dang.chidao.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dang.chidao.deadline.DeadlineRule.Fixed;
import vn.dang.chidao.deadline.DeadlineRule.Ongoing;
import vn.dang.chidao.deadline.DeadlineRule.Periodic;
import vn.dang.chidao.deadline.DeadlineRule.Yearly;

class DeadlineRuleTest {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // --- FIXED

    @Test
    void aFixedDeadlineIsDueOnItsDateEvenWhenThatHasPassed() {
        DeadlineRule rule = new Fixed(d(2024, 3, 30));

        assertThat(rule.firstDue(d(2024, 1, 1))).contains(d(2024, 3, 30));
        assertThat(rule.firstDue(d(2025, 4, 15))).contains(d(2024, 3, 30));
        assertThat(rule.nextDue(d(2024, 1, 1))).isEmpty();
        assertThat(rule.recurring()).isFalse();
    }

    @Test
    void aFixedDeadlineIsItsOwnReportCutOffWhenInRange() {
        DeadlineRule rule = new Fixed(d(2024, 3, 30), " ");

        assertThat(rule.reportCutOffs(d(2024, 3, 30), d(2024, 3, 30))).containsExactly(d(2024, 3, 30));
        assertThat(rule.reportCutOffs(d(2024, 1, 1), d(2024, 12, 31))).containsExactly(d(2024, 3, 30));
        assertThat(rule.reportCutOffs(d(2024, 3, 31), d(2024, 12, 31))).isEmpty();
        assertThat(rule.reportCutOffs(d(2024, 1, 1), d(2024, 3, 29))).isEmpty();
        assertThat(((Fixed) rule).note()).isNull();
    }

    // --- RECURRING_YEARLY

    @Test
    void aYearlyDeadlineThatHasPassedThisYearRollsIntoTheNext() {
        LocalDate today = d(2025, 4, 15);
        DeadlineRule rule = PARSER.parse("trước ngày 30/3 hằng năm", today);

        assertThat(rule.firstDue(today)).contains(d(2026, 3, 30));
        assertThat(rule.nextDue(d(2026, 3, 30))).contains(d(2027, 3, 30));
        assertThat(rule.describe()).isEqualTo("30/03 hằng năm, lần tới 30/03/2026");
    }

    @ParameterizedTest(name = "[{index}] first due on or after {0} is {1}, then {2}")
    @CsvSource({
            "2025-01-01, 2025-03-30, 2026-03-30",
            "2025-03-29, 2025-03-30, 2026-03-30",
            "2025-03-30, 2025-03-30, 2026-03-30",
            "2025-03-31, 2026-03-30, 2027-03-30",
            "2025-12-31, 2026-03-30, 2027-03-30"})
    void yearlyOccurrences(LocalDate from, LocalDate first, LocalDate next) {
        DeadlineRule rule = new Yearly(MonthDay.of(3, 30), null, from);

        assertThat(rule.firstDue(from)).contains(first);
        assertThat(rule.nextDue(first)).contains(next);
    }

    @ParameterizedTest(name = "[{index}] 29/2 hằng năm in {0} is {1}")
    @CsvSource({"2024, 2024-02-29", "2025, 2025-02-28", "2026, 2026-02-28", "2027, 2027-02-28",
            "2028, 2028-02-29", "2100, 2100-02-28", "2000, 2000-02-29"})
    void theLeapDayFallsOnTheTwentyEighthInOtherYears(int year, LocalDate expected) {
        DeadlineRule rule = PARSER.parse("trước ngày 29/2 hằng năm", d(year, 1, 1));

        assertThat(rule.firstDue(d(year, 1, 1))).contains(expected);
    }

    @Test
    void theLeapDayRecursThroughTheYears() {
        DeadlineRule rule = PARSER.parse("29/2 hằng năm", d(2025, 1, 1));

        assertThat(rule.nextDue(d(2025, 2, 28))).contains(d(2026, 2, 28));
        assertThat(rule.nextDue(d(2027, 2, 28))).contains(d(2028, 2, 29));
        assertThat(rule.reportCutOffs(d(2025, 1, 1), d(2028, 12, 31)))
                .containsExactly(d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28), d(2028, 2, 29));
        assertThat(rule.describe()).isEqualTo("29/02 hằng năm (năm không nhuận: 28/02), lần tới 28/02/2025");
    }

    @Test
    void theEndOfFebruaryEveryYear() {
        DeadlineRule rule = PARSER.parse("trong tháng 2 hằng năm", d(2027, 3, 1));

        assertThat(rule.firstDue(d(2027, 3, 1))).contains(d(2028, 2, 29));
        assertThat(rule.nextDue(d(2028, 2, 29))).contains(d(2029, 2, 28));
    }

    @Test
    void yearlyCutOffsInARange() {
        DeadlineRule rule = PARSER.parse("trong quý I hàng năm", d(2025, 4, 15));

        assertThat(rule.reportCutOffs(d(2025, 4, 1), d(2027, 3, 31))).containsExactly(d(2026, 3, 31), d(2027, 3, 31));
        assertThat(rule.reportCutOffs(d(2025, 4, 1), d(2026, 3, 30))).isEmpty();
        assertThat(rule.reportCutOffs(d(2027, 1, 1), d(2026, 1, 1))).isEmpty();
        assertThat(rule.recurring()).isTrue();
    }

    // --- PERIODIC

    @Test
    void semiAnnualCutOffsAcrossTheYearEnd() {
        DeadlineRule rule = PARSER.parse("định kỳ 6 tháng", d(2025, 11, 20));

        assertThat(rule.firstDue(d(2025, 11, 20))).contains(d(2025, 12, 31));
        assertThat(rule.nextDue(d(2025, 12, 31))).contains(d(2026, 6, 30));
        assertThat(rule.nextDue(d(2026, 6, 30))).contains(d(2026, 12, 31));
        assertThat(rule.reportCutOffs(d(2025, 5, 1), d(2026, 7, 1)))
                .containsExactly(d(2025, 6, 30), d(2025, 12, 31), d(2026, 6, 30));
        assertThat(rule.describe()).isEqualTo("Báo cáo định kỳ 6 tháng: 30/06 và 31/12, lần tới 31/12/2025");
    }

    @Test
    void quarterlyCutOffsAcrossTheYearEnd() {
        DeadlineRule rule = PARSER.parse("định kỳ hằng quý", d(2025, 10, 1));

        assertThat(rule.firstDue(d(2025, 10, 1))).contains(d(2025, 12, 31));
        assertThat(rule.nextDue(d(2025, 12, 31))).contains(d(2026, 3, 31));
        assertThat(rule.reportCutOffs(d(2025, 9, 30), d(2026, 6, 30)))
                .containsExactly(d(2025, 9, 30), d(2025, 12, 31), d(2026, 3, 31), d(2026, 6, 30));
        assertThat(rule.describe())
                .isEqualTo("Báo cáo hằng quý: 31/03, 30/06, 30/09 và 31/12, lần tới 31/12/2025");
    }

    @Test
    void monthlyCutOffsAreTheLastDayOfEachMonth() {
        DeadlineRule rule = PARSER.parse("báo cáo hằng tháng", d(2023, 12, 5));

        assertThat(rule.reportCutOffs(d(2023, 12, 1), d(2024, 4, 30)))
                .containsExactly(d(2023, 12, 31), d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31), d(2024, 4, 30));
        assertThat(rule.nextDue(d(2024, 12, 31))).contains(d(2025, 1, 31));
        assertThat(rule.nextDue(d(2025, 1, 31))).contains(d(2025, 2, 28));
        assertThat(rule.describe()).isEqualTo("Báo cáo hằng tháng: ngày cuối mỗi tháng, lần tới 31/12/2023");
    }

    @Test
    void semiAnnualAndAnnualReportsShareTheCutOffs() {
        DeadlineRule rule = PARSER.parse("định kỳ 6 tháng, hằng năm", d(2025, 7, 1));

        assertThat(rule.firstDue(d(2025, 7, 1))).contains(d(2025, 12, 31));
        assertThat(rule.nextDue(d(2025, 12, 31))).contains(d(2026, 6, 30));
        ReportSchedule schedule = ((Periodic) rule).schedule();
        assertThat(schedule.reportName(d(2026, 6, 30))).isEqualTo("Báo cáo 6 tháng đầu năm 2026");
        assertThat(schedule.reportName(d(2025, 12, 31))).isEqualTo("Báo cáo năm 2025");
    }

    @Test
    void annualReportsAreDueOnTheLastDayOfTheYear() {
        DeadlineRule rule = PARSER.parse("hằng năm", d(2025, 12, 31));

        assertThat(rule.firstDue(d(2025, 12, 31))).contains(d(2025, 12, 31));
        assertThat(rule.nextDue(d(2025, 12, 31))).contains(d(2026, 12, 31));
        assertThat(rule.describe()).isEqualTo("Báo cáo hằng năm: 31/12, lần tới 31/12/2025");
    }

    // --- ONGOING

    @Test
    void ongoingWorkHasNoDeadlineButItsReportsRecur() {
        DeadlineRule rule = PARSER.parse("thường xuyên", d(2025, 4, 15));

        assertThat(rule).isEqualTo(new Ongoing(ReportSchedule.of(ReportFrequency.ANNUAL)));
        assertThat(rule.firstDue(d(2025, 4, 15))).isEmpty();
        assertThat(rule.nextDue(d(2025, 4, 15))).contains(d(2025, 12, 31));
        assertThat(rule.nextDue(d(2025, 12, 31))).contains(d(2026, 12, 31));
        assertThat(rule.reportCutOffs(d(2025, 1, 1), d(2027, 12, 30))).containsExactly(d(2025, 12, 31),
                d(2026, 12, 31));
        assertThat(rule.recurring()).isTrue();
    }

    @Test
    void ongoingWithSemiAnnualReports() {
        DeadlineRule rule = PARSER.parse("thường xuyên, báo cáo định kỳ 6 tháng", d(2025, 4, 15));

        assertThat(rule.firstDue(d(2025, 4, 15))).isEmpty();
        assertThat(rule.nextDue(d(2025, 6, 30))).contains(d(2025, 12, 31));
        assertThat(rule.reportCutOffs(d(2025, 6, 30), d(2026, 6, 30)))
                .containsExactly(d(2025, 6, 30), d(2025, 12, 31), d(2026, 6, 30));
    }

    // --- ReportSchedule

    @ParameterizedTest(name = "[{index}] {0} at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "MONTHLY|2026-05-31|Báo cáo tháng 5/2026",
            "QUARTERLY|2026-06-30|Báo cáo quý II/2026",
            "QUARTERLY|2026-12-31|Báo cáo quý IV/2026",
            "SEMI_ANNUAL|2026-06-30|Báo cáo 6 tháng đầu năm 2026",
            "SEMI_ANNUAL|2026-12-31|Báo cáo 6 tháng cuối năm 2026",
            "ANNUAL|2026-12-31|Báo cáo năm 2026"})
    void reportNames(ReportFrequency frequency, LocalDate cutOff, String name) {
        assertThat(ReportSchedule.of(frequency).reportName(cutOff)).isEqualTo(name);
    }

    @Test
    void theLongestPeriodEndingOnACutOffNamesTheReport() {
        ReportSchedule monthlyAndQuarterly = ReportSchedule.of(ReportFrequency.MONTHLY, ReportFrequency.QUARTERLY,
                ReportFrequency.ANNUAL);

        assertThat(monthlyAndQuarterly.reportName(d(2026, 2, 28))).isEqualTo("Báo cáo tháng 2/2026");
        assertThat(monthlyAndQuarterly.reportName(d(2026, 9, 30))).isEqualTo("Báo cáo quý III/2026");
        assertThat(monthlyAndQuarterly.reportName(d(2026, 12, 31))).isEqualTo("Báo cáo năm 2026");
        assertThat(monthlyAndQuarterly.label()).isEqualTo("hằng tháng và hằng quý và hằng năm");
    }

    @Test
    void onlyCutOffsHaveAReportName() {
        ReportSchedule semiAnnual = ReportSchedule.of(ReportFrequency.SEMI_ANNUAL);

        assertThat(semiAnnual.isCutOff(d(2026, 6, 30))).isTrue();
        assertThat(semiAnnual.isCutOff(d(2026, 3, 31))).isFalse();
        assertThat(semiAnnual.isCutOff(d(2026, 6, 29))).isFalse();
        assertThatThrownBy(() -> semiAnnual.reportName(d(2026, 3, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduleIsImmutableAndNeedsAFrequency() {
        Set<ReportFrequency> frequencies = EnumSet.of(ReportFrequency.ANNUAL);
        ReportSchedule schedule = new ReportSchedule(frequencies);
        frequencies.add(ReportFrequency.MONTHLY);

        assertThat(schedule.frequencies()).containsExactly(ReportFrequency.ANNUAL);
        assertThatThrownBy(() -> schedule.frequencies().add(ReportFrequency.MONTHLY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ReportSchedule(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReportSchedule.of(ReportFrequency.ANNUAL, ReportFrequency.SEMI_ANNUAL))
                .isEqualTo(new ReportSchedule(Set.of(ReportFrequency.SEMI_ANNUAL, ReportFrequency.ANNUAL)));
    }
}
