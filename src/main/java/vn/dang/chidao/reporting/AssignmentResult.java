package vn.dang.chidao.reporting;

import java.time.LocalDate;

/**
 * How a unit did on one of its assignments, as the report and its review show it.
 *
 * @param deadline     the deadline in force (an approved extension's date); for recurring work the due date of the
 *                     last reported round, or the first one; null for ongoing work without a report date yet
 * @param deadlineText the deadline as shown: "30/09/2027", or the phrase and the round for recurring work
 * @param result       what the unit recorded on completion (the last round's report for recurring work); null
 *                     while not done
 * @param completedOn  the day it was recorded done, in the deployment's time zone; null while not done
 * @param status       trong hạn, quá hạn, hoàn thành đúng hạn, hoàn thành quá hạn, against the deadline in force
 */
public record AssignmentResult(long assignmentId, int position, String content, boolean recurring, LocalDate deadline,
                               String deadlineText, String result, LocalDate completedOn, UnitStatus status) {

    public boolean done() {
        return completedOn != null;
    }
}
