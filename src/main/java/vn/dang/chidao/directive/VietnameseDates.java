package vn.dang.chidao.directive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese offices write them. */
public final class VietnameseDates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** 30/03/2024 */
    public static String format(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "Sơn Dương, ngày 04 tháng 7 năm 2023": day with two digits, month as a number without zero. */
    public static String inWords(String place, LocalDate date) {
        return "%s, ngày %02d tháng %d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }
}
