package vn.dang.chidao.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cut-off dates of periodic reports: the last day of each period, for one or more frequencies that share
 * the calendar ("định kỳ 6 tháng, hằng năm" is the semi-annual report on 30/6 and the annual one on 31/12).
 * The cut-offs are those of the shortest frequency, since every frequency divides the year.
 */
public record ReportSchedule(Set<ReportFrequency> frequencies) {

    public ReportSchedule {
        Objects.requireNonNull(frequencies, "frequencies");
        if (frequencies.isEmpty()) {
            throw new IllegalArgumentException("a report schedule needs at least one frequency");
        }
        frequencies = Collections.unmodifiableSet(EnumSet.copyOf(frequencies));
    }

    public static ReportSchedule of(ReportFrequency first, ReportFrequency... more) {
        return new ReportSchedule(EnumSet.of(first, more));
    }

    /** Months between two cut-offs. */
    public int stepMonths() {
        return frequencies.stream().mapToInt(ReportFrequency::months).min().orElseThrow();
    }

    /** The first cut-off on or after {@code from}. */
    public LocalDate firstOnOrAfter(LocalDate from) {
        int step = stepMonths();
        int month = (from.getMonthValue() + step - 1) / step * step;
        return YearMonth.of(from.getYear(), month).atEndOfMonth();
    }

    /** The first cut-off strictly after {@code after}. */
    public LocalDate nextAfter(LocalDate after) {
        return firstOnOrAfter(after.plusDays(1));
    }

    /** Cut-offs from {@code from} to {@code to}, both included; empty when {@code to} is before {@code from}. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = firstOnOrAfter(from); !d.isAfter(to); d = nextAfter(d)) {
            dates.add(d);
        }
        return List.copyOf(dates);
    }

    public boolean isCutOff(LocalDate date) {
        return date.equals(YearMonth.from(date).atEndOfMonth()) && date.getMonthValue() % stepMonths() == 0;
    }

    /**
     * The report due at a cut-off, named after the longest period that ends there: "Báo cáo tháng 5/2026",
     * "Báo cáo quý II/2026", "Báo cáo 6 tháng đầu năm 2026", "Báo cáo năm 2026".
     *
     * @throws IllegalArgumentException if the date is not a cut-off of this schedule
     */
    public String reportName(LocalDate cutOff) {
        if (!isCutOff(cutOff)) {
            throw new IllegalArgumentException(cutOff + " is not a report cut-off of " + frequencies);
        }
        int month = cutOff.getMonthValue();
        int year = cutOff.getYear();
        ReportFrequency longest = frequencies.stream().filter(f -> month % f.months() == 0)
                .reduce((a, b) -> b).orElseThrow();
        return switch (longest) {
            case MONTHLY -> "Báo cáo tháng %d/%d".formatted(month, year);
            case QUARTERLY -> "Báo cáo quý %s/%d".formatted(DeadlineRuleFormat.quarter(month / 3), year);
            case SEMI_ANNUAL -> "Báo cáo 6 tháng %s năm %d".formatted(month == 6 ? "đầu" : "cuối", year);
            case ANNUAL -> "Báo cáo năm %d".formatted(year);
        };
    }

    /** "định kỳ 6 tháng và hằng năm" */
    public String label() {
        return frequencies.stream().map(ReportFrequency::label).collect(Collectors.joining(" và "));
    }

    /** "30/06 và 31/12", "ngày cuối mỗi tháng" */
    public String cutOffsLabel() {
        return switch (stepMonths()) {
            case 1 -> "ngày cuối mỗi tháng";
            case 3 -> "31/03, 30/06, 30/09 và 31/12";
            case 6 -> "30/06 và 31/12";
            default -> "31/12";
        };
    }
}
