package vn.dang.chidao.incoming;

/** Where an incoming document is in its life. */
public enum IncomingStatus {
    /** Uploaded, waiting for the văn thư to check and register it. */
    RECEIVED,
    /** Has its số đến; waiting for the leader's direction. */
    REGISTERED,
    /** Directed; being carried out (or filed, for information only). */
    DIRECTED,
    /** The báo cáo upward is signed and numbered. */
    REPORTED
}
