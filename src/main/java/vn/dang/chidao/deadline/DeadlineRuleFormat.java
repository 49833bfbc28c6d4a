package vn.dang.chidao.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

/** How deadline rules write dates and quarters for the forms. */
final class DeadlineRuleFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private DeadlineRuleFormat() {
    }

    /** 30/03/2024 */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** 30/03 */
    static String dayMonth(MonthDay day) {
        return DAY_MONTH.format(day);
    }

    /** 1 to "I" … 4 to "IV" */
    static String quarter(int quarter) {
        return ROMAN[quarter - 1];
    }
}
