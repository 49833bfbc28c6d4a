package vn.dang.chidao.directive;

import java.time.LocalDate;

import vn.dang.chidao.deadline.DeadlineRule;

/**
 * A stored assignment. {@code deadline} is the date in force (the first due date for recurring work,
 * null for ongoing work without a report date yet); {@code phrase} is how the drafter wrote it.
 */
public record Assignment(long id, long directiveId, int position, String content, LocalDate deadline,
                         String phrase, DeadlineRule.Kind kind) {

    public boolean recurring() {
        return kind != DeadlineRule.Kind.FIXED;
    }

    /** "30/03/2024", or the phrase with its next date for recurring work. */
    public String deadlineText() {
        if (!recurring() || phrase == null) {
            return VietnameseDates.format(deadline);
        }
        return phrase + (deadline == null ? "" : " (lần đầu " + VietnameseDates.format(deadline) + ")");
    }
}
