package vn.dang.chidao.document;

import java.util.List;

/**
 * One assignment as printed: "1. Các chi, đảng bộ trực thuộc:" over what to do, then its deadline.
 *
 * @param position     the assignment's number, from 1 (the printed number counts points, which may hold several
 *                     assignments of the same units)
 * @param content      what to do; may hold several paragraphs, one per line
 * @param deadlineText the deadline as the drafter wrote it, e.g. "trước ngày 30/3/2024" (printed "Thời hạn:
 *                     trước ngày 30/3/2024."), never a date the system resolved; null, blank or a phrase the
 *                     content already says prints no deadline line
 * @param units        who carries it out, as printed (a recipient group's name or a unit's name); empty when it
 *                     is addressed to every Kính gửi unit
 */
public record NumberedAssignment(int position, String content, String deadlineText, List<String> units) {

    public NumberedAssignment {
        if (position < 1) {
            throw new IllegalArgumentException("assignment position must be 1 or more: " + position);
        }
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** An assignment addressed to every Kính gửi unit. */
    public NumberedAssignment(int position, String content, String deadlineText) {
        this(position, content, deadlineText, List.of());
    }
}
