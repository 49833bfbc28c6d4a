package vn.dang.chidao.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline as the workflow schedules it, read from what the office wrote by {@link DeadlinePhraseParser}.
 *
 * <p>A <em>due date</em> is a day on which a unit owes something: the work itself ({@link Kind#FIXED}), this
 * year's occurrence ({@link Kind#RECURRING_YEARLY}), a periodic report ({@link Kind#PERIODIC}), or, for ongoing
 * work that is never finished, its periodic report ({@link Kind#ONGOING}). A due date includes the whole day
 * ("trước ngày 30/3" leaves all of 30/3, see {@link Deadlines#dueAt}).
 *
 * <p>Timers: {@code firstDue(today)}, then {@code nextDue(previous)} until empty. Ongoing work has no deadline
 * ({@code firstDue} is empty) but its reports recur: take them from {@code nextDue(today.minusDays(1))} or
 * {@link #reportCutOffs}.
 */
public sealed interface DeadlineRule {

    enum Kind {
        FIXED, RECURRING_YEARLY, PERIODIC, ONGOING
    }

    Kind kind();

    /**
     * The first due date on or after {@code from}. FIXED: its date, even when it is before {@code from} (the
     * caller decides whether a past date is an error). ONGOING: empty, the work has no deadline.
     */
    Optional<LocalDate> firstDue(LocalDate from);

    /**
     * The next due date strictly after {@code after}. FIXED: empty. ONGOING: the next report cut-off.
     */
    Optional<LocalDate> nextDue(LocalDate after);

    /**
     * Report cut-offs from {@code from} to {@code to}, both included; empty when {@code to} is before
     * {@code from}. FIXED: its date when in range. RECURRING_YEARLY: the occurrences in range.
     */
    List<LocalDate> reportCutOffs(LocalDate from, LocalDate to);

    /** The resolved rule in Vietnamese for the forms, dates as dd/MM/yyyy. */
    String describe();

    /** True when there is more than one due date, that is whenever {@link #nextDue} can give one. */
    default boolean recurring() {
        return kind() != Kind.FIXED;
    }

    /**
     * One day: "30/3/2024", "trong tháng 8/2023" (31/8/2023), "trong quý I năm 2025" (31/3/2025).
     *
     * @param note how the day was arrived at, e.g. "cuối tháng 8/2023"; null for a plain date
     */
    record Fixed(LocalDate date, String note) implements DeadlineRule {

        public Fixed {
            Objects.requireNonNull(date, "date");
            note = note == null || note.isBlank() ? null : note;
        }

        public Fixed(LocalDate date) {
            this(date, null);
        }

        @Override
        public Kind kind() {
            return Kind.FIXED;
        }

        @Override
        public Optional<LocalDate> firstDue(LocalDate from) {
            return Optional.of(date);
        }

        @Override
        public Optional<LocalDate> nextDue(LocalDate after) {
            return Optional.empty();
        }

        @Override
        public List<LocalDate> reportCutOffs(LocalDate from, LocalDate to) {
            return date.isBefore(from) || date.isAfter(to) ? List.of() : List.of(date);
        }

        /** "30/03/2024", "31/08/2023 (cuối tháng 8/2023)" */
        @Override
        public String describe() {
            String day = DeadlineRuleFormat.date(date);
            return note == null ? day : day + " (" + note + ")";
        }
    }

    /**
     * The same day every year: "trước ngày 30/3 hằng năm", "trong quý I hằng năm" (31/3). 29/2 falls on 28/2
     * in years that are not leap years ({@link MonthDay#atYear}), so does the end of February.
     *
     * @param note how the day was arrived at, e.g. "cuối quý I"; null for a plain day
     * @param asOf the day the phrase was read; {@link #describe()} names the next occurrence from it
     */
    record Yearly(MonthDay day, String note, LocalDate asOf) implements DeadlineRule {

        private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

        public Yearly {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(asOf, "asOf");
            note = note == null || note.isBlank() ? null : note;
        }

        @Override
        public Kind kind() {
            return Kind.RECURRING_YEARLY;
        }

        @Override
        public Optional<LocalDate> firstDue(LocalDate from) {
            LocalDate thisYear = day.atYear(from.getYear());
            return Optional.of(thisYear.isBefore(from) ? day.atYear(from.getYear() + 1) : thisYear);
        }

        @Override
        public Optional<LocalDate> nextDue(LocalDate after) {
            return firstDue(after.plusDays(1));
        }

        @Override
        public List<LocalDate> reportCutOffs(LocalDate from, LocalDate to) {
            List<LocalDate> dates = new ArrayList<>();
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                LocalDate d = day.atYear(year);
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    dates.add(d);
                }
            }
            return List.copyOf(dates);
        }

        /** "30/03 hằng năm, lần tới 30/03/2026", "31/03 hằng năm (cuối quý I), lần tới 31/03/2026" */
        @Override
        public String describe() {
            String detail = note;
            if (day.equals(LEAP_DAY)) {
                detail = (note == null ? "" : note + "; ") + "năm không nhuận: 28/02";
            }
            return DeadlineRuleFormat.dayMonth(day) + " hằng năm" + (detail == null ? "" : " (" + detail + ")")
                    + ", lần tới " + DeadlineRuleFormat.date(firstDue(asOf).orElseThrow());
        }
    }

    /**
     * Periodic reports with no other deadline: "định kỳ 6 tháng", "hằng quý", "định kỳ 6 tháng, hằng năm".
     *
     * @param asOf the day the phrase was read; {@link #describe()} names the next cut-off from it
     */
    record Periodic(ReportSchedule schedule, LocalDate asOf) implements DeadlineRule {

        public Periodic {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(asOf, "asOf");
        }

        @Override
        public Kind kind() {
            return Kind.PERIODIC;
        }

        @Override
        public Optional<LocalDate> firstDue(LocalDate from) {
            return Optional.of(schedule.firstOnOrAfter(from));
        }

        @Override
        public Optional<LocalDate> nextDue(LocalDate after) {
            return Optional.of(schedule.nextAfter(after));
        }

        @Override
        public List<LocalDate> reportCutOffs(LocalDate from, LocalDate to) {
            return schedule.between(from, to);
        }

        /** "Báo cáo định kỳ 6 tháng: 30/06 và 31/12, lần tới 30/06/2026" */
        @Override
        public String describe() {
            return "Báo cáo %s: %s, lần tới %s".formatted(schedule.label(), schedule.cutOffsLabel(),
                    DeadlineRuleFormat.date(schedule.firstOnOrAfter(asOf)));
        }
    }

    /** "Thường xuyên": no deadline, only periodic reports ("thường xuyên, báo cáo định kỳ 6 tháng"). */
    record Ongoing(ReportSchedule reports) implements DeadlineRule {

        public Ongoing {
            Objects.requireNonNull(reports, "reports");
        }

        @Override
        public Kind kind() {
            return Kind.ONGOING;
        }

        @Override
        public Optional<LocalDate> firstDue(LocalDate from) {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> nextDue(LocalDate after) {
            return Optional.of(reports.nextAfter(after));
        }

        @Override
        public List<LocalDate> reportCutOffs(LocalDate from, LocalDate to) {
            return reports.between(from, to);
        }

        /** "Thường xuyên, báo cáo hằng năm (31/12)" */
        @Override
        public String describe() {
            return "Thường xuyên, báo cáo %s (%s)".formatted(reports.label(), reports.cutOffsLabel());
        }
    }
}
