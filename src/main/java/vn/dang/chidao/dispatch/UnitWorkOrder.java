package vn.dang.chidao.dispatch;

/**
 * What a unit's own work instance needs to start: which directive, which recipient row, whose group
 * works on it and who reviews the report. Its notification waits in the outbox, outside the instance.
 */
public record UnitWorkOrder(
        long directiveId,
        long recipientId,
        String unitCode,
        String unitName,
        String trackingGroup,
        String documentNumber,
        String subject) {
}
