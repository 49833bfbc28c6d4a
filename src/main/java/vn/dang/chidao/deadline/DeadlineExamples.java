package vn.dang.chidao.deadline;

import java.time.LocalDate;

/**
 * Examples of deadline phrases as of a given day, for the draft form and the parser's messages: a clerk copies
 * an example, so it must be a deadline still ahead of today, not one of past years.
 */
public final class DeadlineExamples {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private DeadlineExamples() {
    }

    /** E.g. on 2/12/2026: "31/3/2027 · trong tháng 2/2027 · trong quý II năm 2027 · …". */
    public static String asOf(LocalDate today) {
        LocalDate date = today.plusMonths(3).withDayOfMonth(1).minusDays(1);
        LocalDate month = today.plusMonths(2);
        LocalDate quarter = today.plusMonths(4);
        return "%d/%d/%d · trong tháng %d/%d · trong quý %s năm %d · trước ngày 30/3 hằng năm · định kỳ 6 tháng · "
                .formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear(), month.getMonthValue(),
                        month.getYear(), QUARTERS[(quarter.getMonthValue() - 1) / 3], quarter.getYear())
                + "thường xuyên";
    }

    /** The same examples in a sentence of a message. */
    static String sentence(LocalDate today) {
        return "Ví dụ cách ghi: " + String.join(", ", java.util.Arrays.stream(asOf(today).split(" · "))
                .map(e -> "\"" + e + "\"").toList()) + ".";
    }
}
