package vn.dang.chidao.reporting;

/** The Government task-tracking vocabulary that users know. */
public enum UnitStatus {
    IN_TIME("Trong hạn"),
    OVERDUE("Quá hạn"),
    DONE_IN_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static UnitStatus of(boolean done, boolean late) {
        if (done) {
            return late ? DONE_LATE : DONE_IN_TIME;
        }
        return late ? OVERDUE : IN_TIME;
    }
}
