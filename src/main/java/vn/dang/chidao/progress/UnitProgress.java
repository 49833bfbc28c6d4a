package vn.dang.chidao.progress;

import java.time.Instant;
import java.time.LocalDate;

import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.reporting.UnitStatus;

/**
 * One unit's line on a directive.
 *
 * @param deadline          the unit's last deadline in force (extensions included); null when it has none
 * @param daysLeft          days from today to that deadline (negative: days late); for a unit whose report
 *                          was accepted, from the day it reported instead; null without a deadline
 * @param recipientStatus   where the unit's row stands (DRAFT before issue)
 * @param reportReceived    a report is on file: waiting for review or accepted (a returned one is not)
 * @param reportedAt        when the unit last submitted a report
 * @param processInstanceId the unit's "unit-work" process instance
 */
public record UnitProgress(
        long recipientId,
        String unitCode,
        String unitName,
        UnitStatus status,
        LocalDate deadline,
        Integer daysLeft,
        String leadPerson,
        RecipientStatus recipientStatus,
        boolean reportReceived,
        Instant reportedAt,
        boolean reportAccepted,
        Instant acceptedAt,
        String processInstanceId) {
}
