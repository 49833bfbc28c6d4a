package vn.dang.chidao.deadline;

/** How often a periodic report is due. Cut-offs are the last day of every {@link #months()}-th month. */
public enum ReportFrequency {

    MONTHLY(1, "hằng tháng"),
    QUARTERLY(3, "hằng quý"),
    SEMI_ANNUAL(6, "định kỳ 6 tháng"),
    ANNUAL(12, "hằng năm");

    private final int months;
    private final String label;

    ReportFrequency(int months, String label) {
        this.months = months;
        this.label = label;
    }

    /** Length of the period in months; divides 12, so cut-offs line up with the year end. */
    public int months() {
        return months;
    }

    /** "định kỳ 6 tháng" */
    public String label() {
        return label;
    }
}
