package vn.dang.chidao.directive;

public enum DirectiveStatus {
    /** Being drafted, checked or approved. */
    DRAFT,
    /** Rejected by the signer; the process ended. */
    REJECTED,
    /** Numbered and dispatched; units are working on it. */
    ISSUED,
    /** Every unit's report accepted; the summary is being written. */
    COMPLETED,
    /** Summary done; kept for the record. */
    ARCHIVED
}
