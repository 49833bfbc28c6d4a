package vn.dang.chidao.progress;

import java.util.Collection;

import vn.dang.chidao.reporting.UnitStatus;

/** How many units of a directive are in each status of the task-tracking vocabulary. */
public record StatusCounts(int inTime, int overdue, int doneInTime, int doneLate) {

    public static StatusCounts of(Collection<UnitStatus> statuses) {
        int[] n = new int[UnitStatus.values().length];
        statuses.forEach(s -> n[s.ordinal()]++);
        return new StatusCounts(n[UnitStatus.IN_TIME.ordinal()], n[UnitStatus.OVERDUE.ordinal()],
                n[UnitStatus.DONE_IN_TIME.ordinal()], n[UnitStatus.DONE_LATE.ordinal()]);
    }

    public int get(UnitStatus status) {
        return switch (status) {
            case IN_TIME -> inTime;
            case OVERDUE -> overdue;
            case DONE_IN_TIME -> doneInTime;
            case DONE_LATE -> doneLate;
        };
    }

    public int total() {
        return inTime + overdue + doneInTime + doneLate;
    }
}
