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

    /**
     * "Sơn Dương, ngày 04 tháng 7 năm 2023", "ngày 05 tháng 02 năm 2027": Hướng dẫn 36-HD/VPTW writes a day below
     * 10 and the months 1 and 2 with a leading zero (so "tháng 01" cannot be altered into "tháng 11"), the other
     * months without.
     */
    public static String inWords(String place, LocalDate date) {
        int month = date.getMonthValue();
        return "%s, ngày %02d tháng %s năm %d".formatted(place, date.getDayOfMonth(),
                month < 3 ? "0" + month : String.valueOf(month), date.getYear());
    }
}
