package vn.dang.chidao.incoming;

/** Where an incoming document is in its life. */
public enum IncomingStatus {
    /** Uploaded, waiting for the văn thư to check and register it. */
    RECEIVED("Chờ vào sổ"),
    /** Has its số đến; waiting for the leader's direction. */
    REGISTERED("Chờ ý kiến chỉ đạo"),
    /** Directed; being carried out (or filed, for information only). */
    DIRECTED("Đã có ý kiến chỉ đạo"),
    /** The báo cáo upward is signed and numbered. */
    REPORTED("Đã báo cáo cấp trên");

    private final String label;

    IncomingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
