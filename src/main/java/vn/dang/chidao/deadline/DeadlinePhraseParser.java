package vn.dang.chidao.deadline;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.DeadlineRule.Fixed;
import vn.dang.chidao.deadline.DeadlineRule.Ongoing;
import vn.dang.chidao.deadline.DeadlineRule.Periodic;
import vn.dang.chidao.deadline.DeadlineRule.Yearly;

/**
 * Reads the deadline phrases office staff write ("trước ngày 30/3/2024", "trong quý I năm 2025",
 * "trước ngày 30/3 hằng năm", "định kỳ 6 tháng, hằng năm", "thường xuyên") into a {@link DeadlineRule}.
 *
 * <p>Tolerant of case, spaces, NFC or NFD input, surrounding quotes and trailing punctuation, "hàng"/"hằng",
 * "kì"/"kỳ", "quí"/"quý", date separators "/", "-", "." and lead words ("trước", "chậm nhất", "hạn", "xong",
 * "trong", "đến hết", "báo cáo" …). Decisions:
 * <ul>
 * <li>"trước ngày X" is due on X itself (the whole day, as {@link Deadlines#dueAt} counts it).</li>
 * <li>"trong/đến/cuối/hết tháng X" is due on the last day of X; "trước tháng X" on the last day of the month
 * before X (the same for quarters, halves and years: "trước quý II/2025" is 31/3/2025, "trước năm 2026" is
 * 31/12/2025).</li>
 * <li>A one-off day, month or quarter without a year ("trước ngày 30/3") is refused: the year is asked for
 * rather than guessed; with "hằng năm" it recurs. "năm nay" and "năm sau" are read against {@code today}.</li>
 * <li>29/2 hằng năm and the end of February recur on 28/2 in years that are not leap years.</li>
 * <li>Plain "thường xuyên" is ongoing with a yearly report on 31/12; "thường xuyên" followed by a date
 * ("thường xuyên từ nay đến cuối năm 2023") is that date.</li>
 * <li>Periodic wording needs a marker ("định kỳ", "báo cáo", "hằng", "mỗi", "… lần"): a bare "6 tháng"
 * could mean "within six months" and is refused.</li>
 * </ul>
 * Stateless and thread-safe.
 */
@Component
public class DeadlinePhraseParser {

    private static final String D = "([0-9]{1,2})";
    private static final String Y = "([0-9]{4})";
    /** Between a month or quarter and its year: "8/2023", "8-2023", "8 năm 2023", "I, năm 2025". */
    private static final String YEAR_LINK = "(?:\\s*[/.\\-]\\s*|\\s*,?\\s*năm\\s+)";

    private static final Pattern DMY = Pattern.compile(
            "(?:ngày\\s*)?" + D + "\\s*([/.\\-])\\s*" + D + "(?:\\s*\\2\\s*|\\s*,?\\s*năm\\s+)" + Y);
    private static final Pattern YMD = Pattern.compile(Y + "\\s*([/.\\-])\\s*" + D + "\\s*\\2\\s*" + D);
    private static final Pattern DMY_WORDS = Pattern.compile(
            "(?:ngày\\s*)?" + D + "\\s+tháng\\s+" + D + "\\s*,?\\s*năm\\s+" + Y);
    private static final Pattern DMY_SHORT = Pattern.compile(
            "(?:ngày\\s*)?" + D + "\\s*([/.\\-])\\s*" + D + "\\s*\\2\\s*([0-9]{2})");
    private static final Pattern DM = Pattern.compile(
            "(?:ngày\\s*)?" + D + "\\s*[/.\\-]\\s*" + D + "|(?:ngày\\s*)?" + D + "\\s+tháng\\s+" + D);
    private static final Pattern MONTH = Pattern.compile(
            "(cuối\\s+)?tháng\\s+" + D + "(?:" + YEAR_LINK + Y + ")?");
    private static final Pattern QUARTER = Pattern.compile(
            "(cuối\\s+)?qu[ýí]\\s+([ivx]+|[0-9]{1,2})(?:" + YEAR_LINK + Y + ")?");
    private static final Pattern HALF = Pattern.compile(
            "(cuối\\s+)?(?:(?:6|06|sáu)\\s+tháng|nửa)\\s+(đầu|cuối)\\s+năm(?:\\s+" + Y + ")?");
    private static final Pattern YEAR = Pattern.compile("(cuối\\s+)?năm\\s+" + Y);

    /** Words before the deadline proper; group 1 is "trước". */
    private static final Pattern LEAD = Pattern.compile("(?U)^(?:(trước)|thời hạn|hạn chót|hạn|hoàn thành|"
            + "thực hiện xong|xong|gửi báo cáo|báo cáo|gửi|nộp|chậm nhất là|chậm nhất|muộn nhất là|muộn nhất|"
            + "từ nay|kể từ nay|đến|tới|hết|trong|vào)(?:\\s*[:,\\-]\\s*|\\s+|$)");
    private static final Pattern YEARLY_PREFIX = Pattern.compile("^(?:hằng|mỗi)\\s+năm\\s*[,:\\-]?\\s*");
    private static final Pattern YEARLY_SUFFIX = Pattern.compile("^(.+?)\\s*,?\\s*(?:của\\s+)?(?:hằng|mỗi)\\s+năm$");

    private static final Pattern ONGOING = Pattern.compile("(?U)^thường\\s+xuyên\\b[\\s,;:\\-(]*");
    private static final Pattern SCHEDULE_MARKER = Pattern.compile(
            "(?U)định kỳ|báo cáo|sơ kết|tổng kết|\\bhằng\\b|\\bmỗi\\b|\\blần\\b");
    private static final Pattern SCHEDULE_NOISE = Pattern.compile("(?U)\\b(?:gửi|báo cáo|định kỳ|sơ kết|tổng kết|"
            + "kết quả|theo|chế độ)\\b|(?:/\\s*|\\b(?:một|1|01)\\s+)lần\\b");
    private static final Pattern SCHEDULE_SPLIT = Pattern.compile("(?U)\\s*(?:[,;+&]|\\bvà\\b)\\s*");
    private static final Map<String, ReportFrequency> FREQUENCY_WORDS = frequencyWords();

    /**
     * @param phrase what the office wrote
     * @param today the day the phrase is read: "năm nay", and the next occurrence in {@link DeadlineRule#describe()}
     * @throws DeadlinePhraseException with a Vietnamese message when the phrase is empty, unknown or impossible
     */
    public DeadlineRule parse(String phrase, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String shown = phrase == null ? "" : Normalizer.normalize(phrase, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        String s = normalize(shown, today);
        if (s.isEmpty()) {
            throw DeadlinePhraseException.empty(today);
        }
        return new Reading(shown, today).rule(s);
    }

    /** Lower case, one space, no quotes or trailing punctuation, the spellings this parser's patterns use. */
    static String normalize(String nfc, LocalDate today) {
        String s = nfc.replace('\u00D0', 'Đ').replace('\u00F0', 'đ').toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("^[\\s\"'“”‘’«»(\\[*•\\-:]+|[\\s\"'“”‘’«»)\\].,;:!?…*]+$", "")
                .replaceAll("\\s+", " ");
        s = s.replaceAll("(?U)\\bhàng\\b", "hằng").replaceAll("(?U)\\bkì\\b", "kỳ")
                .replaceAll("(?U)\\b(?:quí|qúy)\\b", "quý");
        s = s.replaceAll("(?U)\\bnăm nay\\b", "năm " + today.getYear())
                .replaceAll("(?U)\\bnăm (?:sau|tới)\\b", "năm " + (today.getYear() + 1));
        return s.strip();
    }

    private static Map<String, ReportFrequency> frequencyWords() {
        Map<String, ReportFrequency> words = new HashMap<>();
        for (String w : new String[] {"hằng tháng", "mỗi tháng", "từng tháng", "tháng", "1 tháng", "01 tháng"}) {
            words.put(w, ReportFrequency.MONTHLY);
        }
        for (String w : new String[] {"hằng quý", "mỗi quý", "từng quý", "quý", "3 tháng", "03 tháng", "ba tháng"}) {
            words.put(w, ReportFrequency.QUARTERLY);
        }
        for (String w : new String[] {"6 tháng", "06 tháng", "sáu tháng", "mỗi 6 tháng", "nửa năm"}) {
            words.put(w, ReportFrequency.SEMI_ANNUAL);
        }
        for (String w : new String[] {"hằng năm", "mỗi năm", "từng năm", "năm", "cả năm", "cuối năm", "1 năm",
                "01 năm", "12 tháng"}) {
            words.put(w, ReportFrequency.ANNUAL);
        }
        return Map.copyOf(words);
    }

    /** One phrase being read; {@code shown} is what error messages quote. */
    private record Reading(String shown, LocalDate today) {

        DeadlineRule rule(String s) {
            Matcher ongoing = ONGOING.matcher(s);
            if (ongoing.lookingAt()) {
                return ongoing(s.substring(ongoing.end()));
            }
            ReportSchedule schedule = schedule(s, true);
            if (schedule != null) {
                return new Periodic(schedule, today);
            }
            return dated(s);
        }

        private DeadlineRule ongoing(String rest) {
            if (rest.isEmpty()) {
                return new Ongoing(ReportSchedule.of(ReportFrequency.ANNUAL));
            }
            ReportSchedule schedule = schedule(rest, false);
            return schedule != null ? new Ongoing(schedule) : dated(rest);
        }

        /** "định kỳ 6 tháng, hằng năm" → {SEMI_ANNUAL, ANNUAL}; null when not a report schedule. */
        private static ReportSchedule schedule(String s, boolean needMarker) {
            if (needMarker && !SCHEDULE_MARKER.matcher(s).find()) {
                return null;
            }
            Set<ReportFrequency> found = EnumSet.noneOf(ReportFrequency.class);
            for (String token : SCHEDULE_SPLIT.split(SCHEDULE_NOISE.matcher(s).replaceAll(" ").strip())) {
                ReportFrequency f = FREQUENCY_WORDS.get(token.strip().replaceAll("\\s+", " "));
                if (f == null) {
                    return null;
                }
                found.add(f);
            }
            return found.isEmpty() ? null : new ReportSchedule(found);
        }

        /** A day, a period, or their yearly recurrence, after the lead words. */
        private DeadlineRule dated(String s) {
            boolean yearly = false;
            Matcher prefix = YEARLY_PREFIX.matcher(s);
            if (prefix.lookingAt()) {
                yearly = true;
                s = s.substring(prefix.end());
            }
            boolean before = false;
            for (Matcher lead = LEAD.matcher(s); lead.lookingAt(); lead = LEAD.matcher(s)) {
                before |= lead.group(1) != null;
                s = s.substring(lead.end());
            }
            Matcher suffix = YEARLY_SUFFIX.matcher(s);
            if (!yearly && suffix.matches()) {
                yearly = true;
                s = suffix.group(1);
            }
            return yearly ? yearly(s, before) : fixed(s, before);
        }

        private DeadlineRule fixed(String s, boolean before) {
            Matcher m;
            if ((m = DMY.matcher(s)).matches() || (m = DMY_WORDS.matcher(s)).matches()) {
                boolean words = m.pattern() == DMY_WORDS;
                return new Fixed(date(m.group(1), m.group(words ? 2 : 3), m.group(words ? 3 : 4)));
            }
            if ((m = YMD.matcher(s)).matches()) {
                return new Fixed(date(m.group(4), m.group(3), m.group(1)));
            }
            Span written = span(s, false);
            if (written != null) {
                if (!written.hasYear()) {
                    throw DeadlinePhraseException.missingYear(shown, written.withYear(today.getYear()).example());
                }
                Span span = span(s, before);
                return new Fixed(span.end(), span.note());
            }
            if ((m = YEAR.matcher(s)).matches()) {
                Span year = new Span(Unit.YEAR, 1, Integer.parseInt(m.group(2)));
                year = before && m.group(1) == null ? year.previous() : year;
                return new Fixed(year.end(), year.note());
            }
            if ((m = DM.matcher(s)).matches()) {
                MonthDay day = monthDay(m.group(1) != null ? m.group(1) : m.group(3),
                        m.group(1) != null ? m.group(2) : m.group(4));
                throw DeadlinePhraseException.missingYear(shown,
                        "%d/%d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), today.getYear()));
            }
            if ((m = DMY_SHORT.matcher(s)).matches()) {
                throw DeadlinePhraseException.shortYear(shown,
                        "%s/%s/20%s".formatted(m.group(1), m.group(3), m.group(4)));
            }
            throw DeadlinePhraseException.unrecognised(shown, today);
        }

        private DeadlineRule yearly(String s, boolean before) {
            Matcher m = DM.matcher(s);
            if (m.matches()) {
                return new Yearly(monthDay(m.group(1) != null ? m.group(1) : m.group(3),
                        m.group(1) != null ? m.group(2) : m.group(4)), null, today);
            }
            Span span = span(s, before);
            if (span != null && !span.hasYear()) {
                Month last = Month.of(span.lastMonth());
                return new Yearly(MonthDay.of(last, last.maxLength()), span.note(), today);
            }
            throw DeadlinePhraseException.unrecognised(shown, today);
        }

        /** A month, quarter or half year, with or without its year; "trước" gives the period before it. */
        private Span span(String s, boolean before) {
            for (Pattern p : new Pattern[] {MONTH, QUARTER, HALF}) {
                Matcher m = p.matcher(s);
                if (m.matches()) {
                    Span span = p == MONTH ? new Span(Unit.MONTH, month(m.group(2)), year(m.group(3)))
                            : p == QUARTER ? new Span(Unit.QUARTER, quarter(m.group(2)), year(m.group(3)))
                            : new Span(Unit.HALF, m.group(2).equals("đầu") ? 1 : 2, year(m.group(3)));
                    return before && m.group(1) == null ? span.previous() : span;
                }
            }
            return null;
        }

        private LocalDate date(String day, String month, String year) {
            int d = Integer.parseInt(day);
            int m = month(month);
            int y = Integer.parseInt(year);
            int length = YearMonth.of(y, m).lengthOfMonth();
            if (d < 1 || d > length) {
                throw DeadlinePhraseException.impossible(shown, d < 1 ? "không có ngày 0"
                        : "tháng %d/%d chỉ có %d ngày".formatted(m, y, length));
            }
            return LocalDate.of(y, m, d);
        }

        private MonthDay monthDay(String day, String month) {
            int d = Integer.parseInt(day);
            int m = month(month);
            try {
                return MonthDay.of(m, d);
            } catch (DateTimeException e) {
                throw DeadlinePhraseException.impossible(shown, d < 1 ? "không có ngày 0"
                        : "tháng %d chỉ có %d ngày".formatted(m, Month.of(m).maxLength()));
            }
        }

        private int month(String text) {
            int m = Integer.parseInt(text);
            if (m < 1 || m > 12) {
                throw DeadlinePhraseException.impossible(shown, "không có tháng %d, tháng ghi từ 1 đến 12".formatted(m));
            }
            return m;
        }

        private int quarter(String text) {
            int q = switch (text) {
                case "i", "1", "01" -> 1;
                case "ii", "2", "02" -> 2;
                case "iii", "3", "03" -> 3;
                case "iv", "4", "04" -> 4;
                default -> 0;
            };
            if (q == 0) {
                throw DeadlinePhraseException.impossible(shown,
                        "không có quý %s, quý ghi từ I đến IV (hoặc 1 đến 4)".formatted(text.toUpperCase(Locale.ROOT)));
            }
            return q;
        }

        private static Integer year(String text) {
            return text == null ? null : Integer.valueOf(text);
        }
    }

    private enum Unit {
        MONTH(1), QUARTER(3), HALF(6), YEAR(12);

        final int months;

        Unit(int months) {
            this.months = months;
        }

        int count() {
            return 12 / months;
        }
    }

    /** The {@code index}-th month, quarter, half or year of {@code year} (null: every year). */
    private record Span(Unit unit, int index, Integer year) {

        boolean hasYear() {
            return year != null;
        }

        Span withYear(int y) {
            return new Span(unit, index, y);
        }

        Span previous() {
            return index > 1 ? new Span(unit, index - 1, year)
                    : new Span(unit, unit.count(), year == null ? null : year - 1);
        }

        int lastMonth() {
            return index * unit.months;
        }

        LocalDate end() {
            return YearMonth.of(year, lastMonth()).atEndOfMonth();
        }

        /** "cuối tháng 8/2023", "cuối quý I/2025", "6 tháng đầu năm 2025", "cuối năm 2025"; no year if none. */
        String note() {
            String y = year == null ? "" : "/" + year;
            return switch (unit) {
                case MONTH -> "cuối tháng " + index + y;
                case QUARTER -> "cuối quý " + DeadlineRuleFormat.quarter(index) + y;
                case HALF -> "6 tháng " + (index == 1 ? "đầu" : "cuối") + " năm" + (year == null ? "" : " " + year);
                case YEAR -> "cuối năm " + year;
            };
        }

        /** The phrase with its year, for messages: "tháng 8/2026", "quý I/2026", "6 tháng đầu năm 2026". */
        String example() {
            return note().replaceFirst("^cuối ", "");
        }
    }

}
