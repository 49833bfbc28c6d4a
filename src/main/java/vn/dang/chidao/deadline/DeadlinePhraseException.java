package vn.dang.chidao.deadline;

import java.time.LocalDate;

/**
 * A deadline phrase the parser refuses. The message is for the office staff, in Vietnamese, and quotes what
 * they wrote; {@link #reason()} lets callers tell the cases apart without reading the text.
 */
public class DeadlinePhraseException extends IllegalArgumentException {

    /** Why the phrase was refused. */
    public enum Reason {
        /** Nothing written. */
        EMPTY,
        /** Not a form the parser knows. */
        UNRECOGNISED,
        /** A day, month or quarter that does not exist: "31/2/2024", "tháng 13/2024", "quý V/2025". */
        IMPOSSIBLE_DATE,
        /** A one-off date, month or quarter without a year and without "hằng năm": "trước ngày 30/3". */
        MISSING_YEAR,
        /** A year written with two digits: "30/3/24". */
        SHORT_YEAR
    }

    private final String phrase;
    private final Reason reason;

    DeadlinePhraseException(String phrase, Reason reason, String message) {
        super(message);
        this.phrase = phrase;
        this.reason = reason;
    }

    static DeadlinePhraseException empty(LocalDate today) {
        return new DeadlinePhraseException("", Reason.EMPTY, "Chưa ghi thời hạn. " + DeadlineExamples.sentence(today));
    }

    static DeadlinePhraseException unrecognised(String phrase, LocalDate today) {
        return new DeadlinePhraseException(phrase, Reason.UNRECOGNISED,
                "Không hiểu thời hạn \"%s\". %s".formatted(phrase, DeadlineExamples.sentence(today)));
    }

    /** @param problem what is wrong, e.g. "tháng 2/2024 chỉ có 29 ngày" */
    static DeadlinePhraseException impossible(String phrase, String problem) {
        return new DeadlinePhraseException(phrase, Reason.IMPOSSIBLE_DATE,
                "Thời hạn \"%s\" không hợp lệ: %s.".formatted(phrase, problem));
    }

    /** @param example the phrase with a year, e.g. "30/3/2026" */
    static DeadlinePhraseException missingYear(String phrase, String example) {
        return new DeadlinePhraseException(phrase, Reason.MISSING_YEAR,
                ("Thời hạn \"%s\" thiếu năm: ghi rõ năm, ví dụ \"%s\", hoặc thêm \"hằng năm\" nếu thời hạn lặp lại "
                        + "mỗi năm.").formatted(phrase, example));
    }

    /** @param example the phrase with a four-digit year, e.g. "30/3/2024" */
    static DeadlinePhraseException shortYear(String phrase, String example) {
        return new DeadlinePhraseException(phrase, Reason.SHORT_YEAR,
                "Thời hạn \"%s\" không hợp lệ: năm phải ghi đủ 4 chữ số, ví dụ \"%s\".".formatted(phrase, example));
    }

    /** What the user wrote (NFC, spaces collapsed). */
    public String phrase() {
        return phrase;
    }

    public Reason reason() {
        return reason;
    }
}
