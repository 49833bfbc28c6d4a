package vn.dang.chidao.notification;

public enum NotificationStatus {
    PENDING,
    SENT,
    /** No mail server is configured: the notification stays on record (and in Tasklist) only. */
    NOT_MAILED,
    /** The unit has no mail address in the directory. */
    NO_ADDRESS
}
