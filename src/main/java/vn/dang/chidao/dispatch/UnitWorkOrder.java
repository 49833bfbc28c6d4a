package vn.dang.chidao.dispatch;

/**
 * What a unit's own work instance needs to start: which directive, which recipient row, whose group
 * works on it, who reviews the report, and the notification to send first.
 */
public record UnitWorkOrder(
        long directiveId,
        long recipientId,
        String unitCode,
        String unitName,
        String trackingGroup,
        String documentNumber,
        String subject,
        long notificationId) {
}
