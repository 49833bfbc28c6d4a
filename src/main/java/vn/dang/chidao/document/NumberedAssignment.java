package vn.dang.chidao.document;

/**
 * One numbered assignment as printed: "1. Các chi, đảng bộ trực thuộc: …" followed by its deadline.
 *
 * @param position     the number printed in front, from 1
 * @param content      what to do; may hold several paragraphs, one per line
 * @param deadlineText the deadline as the drafter wrote it, e.g. "trước ngày 30/3/2024" (printed "Thời hạn:
 *                     trước ngày 30/3/2024."), never a date the system resolved; null, blank or a phrase the
 *                     content already says prints no deadline line
 */
public record NumberedAssignment(int position, String content, String deadlineText) {

    public NumberedAssignment {
        if (position < 1) {
            throw new IllegalArgumentException("assignment position must be 1 or more: " + position);
        }
    }
}
