package vn.dang.chidao.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** One unit's line in the summary of a directive. */
public record UnitSummary(
        long recipientId,
        String unitCode,
        String unitName,
        LocalDate deadline,
        UnitStatus status,
        String leadPerson,
        Instant reportedAt,
        Instant acceptedAt,
        String report,
        String evidence) {
}
