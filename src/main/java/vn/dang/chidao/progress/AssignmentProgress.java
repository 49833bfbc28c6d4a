package vn.dang.chidao.progress;

import java.time.Instant;
import java.time.LocalDate;

import vn.dang.chidao.reporting.UnitStatus;

/**
 * One assignment of one unit.
 *
 * @param deadline         the assignment's deadline as issued (null for ongoing work)
 * @param deadlineInForce  the deadline that applies to this unit (an approved extension, else the issued one)
 * @param status           the same vocabulary as for units, judged on this assignment alone
 */
public record AssignmentProgress(
        long recipientId,
        String unitName,
        int position,
        String content,
        LocalDate deadline,
        LocalDate deadlineInForce,
        Instant completedAt,
        UnitStatus status) {

    public boolean extended() {
        return deadlineInForce != null && !deadlineInForce.equals(deadline);
    }
}
