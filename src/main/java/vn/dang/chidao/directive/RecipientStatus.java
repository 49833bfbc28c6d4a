package vn.dang.chidao.directive;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a Kính gửi unit's row stands. Stored and sent to Cockpit by name, so the names do not change. A row only
 * moves along the arrows below; every writer asks {@link #moveTo} or {@link #sourcesOf} first.
 * <pre>
 * DRAFT → DISPATCHED → ACKNOWLEDGED → REPORTED → ACCEPTED
 *                                        ↑   ↓
 *                                      RETURNED
 * </pre>
 */
public enum RecipientStatus {
    /** Chosen in the draft; the directive is not issued yet. */
    DRAFT,
    /** Its work instance runs; it has not acknowledged receipt. */
    DISPATCHED,
    /** Acknowledged; at work on its assignments. */
    ACKNOWLEDGED,
    /** Its report waits for the issuing office. */
    REPORTED,
    /** The office returned its report; it reports again. */
    RETURNED,
    /** The office accepted its report: the unit's work is closed. */
    ACCEPTED;

    public Set<RecipientStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(DISPATCHED);
            case DISPATCHED -> EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED, RETURNED -> EnumSet.of(REPORTED);
            case REPORTED -> EnumSet.of(RETURNED, ACCEPTED);
            case ACCEPTED -> EnumSet.noneOf(RecipientStatus.class);
        };
    }

    public boolean canMoveTo(RecipientStatus target) {
        return next().contains(target);
    }

    /** @throws IllegalStateException when the row may not move from here to {@code target} */
    public RecipientStatus moveTo(RecipientStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("a recipient cannot move from " + this + " to " + target);
        }
        return target;
    }

    /** The statuses a row may move to {@code target} from. */
    public static Set<RecipientStatus> sourcesOf(RecipientStatus target) {
        Set<RecipientStatus> sources = EnumSet.noneOf(RecipientStatus.class);
        for (RecipientStatus s : values()) {
            if (s.canMoveTo(target)) {
                sources.add(s);
            }
        }
        return sources;
    }

    /** The unit's report is in: waiting for review or accepted. */
    public boolean reportReceived() {
        return this == REPORTED || this == ACCEPTED;
    }
}
