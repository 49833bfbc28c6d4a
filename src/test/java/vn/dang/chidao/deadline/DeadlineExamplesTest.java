package vn.dang.chidao.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples a clerk copies are read by the parser and, where they are one-off deadlines, still ahead. */
class DeadlineExamplesTest {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "2026-01-01", "2027-10-31", "2027-11-30", "2028-02-29", "2026-12-31"})
    void everyExampleIsReadAndAhead(String day) {
        LocalDate today = LocalDate.parse(day);
        String examples = DeadlineExamples.asOf(today);
        String[] each = examples.split(" · ");
        assertThat(each).hasSize(6);
        for (int i = 0; i < each.length; i++) {
            String example = each[i];
            var due = PARSER.parse(example, today).firstDue(today);
            if (i < 3) {
                // the one-off examples: a date, a month, a quarter
                assertThat(due).as(example).isPresent();
            }
            due.ifPresent(d -> assertThat(d).as(example).isAfterOrEqualTo(today));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02"})
    void examplesOfTheDay(String day) {
        assertThat(DeadlineExamples.asOf(LocalDate.parse(day))).isEqualTo("28/2/2027 · trong tháng 2/2027 · "
                + "trong quý II năm 2027 · trước ngày 30/3 hằng năm · định kỳ 6 tháng · thường xuyên");
    }
}
