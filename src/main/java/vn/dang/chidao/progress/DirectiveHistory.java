package vn.dang.chidao.progress;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a directive, or to one unit's part of it, after the fact: the steps (who completed which
 * task when), the decisions with their comments, and the unit's reports. Read-only.
 *
 * @param unit null for the directive's own history
 */
public record DirectiveHistory(DirectiveProgress directive, UnitProgress unit, List<Step> steps,
                               List<Decision> decisions, List<Report> reports) {

    /** A completed task. */
    public record Step(String taskName, String userId, String userName, String unitName, Instant startedAt,
                       Instant completedAt) {
    }

    /** A decision or a comment: format check, approval, report review, extension, assignment result … */
    public record Decision(Instant at, String what, String decision, String comment, String userId,
                           String userName) {
    }

    /** One report the unit submitted, and what the office decided on it. */
    public record Report(Instant submittedAt, String submittedBy, String submittedByName, String content,
                         String evidence, String decision, String decisionLabel, Instant decidedAt,
                         String decidedBy, String decidedByName, String reviewComment) {
    }
}
