package vn.dang.chidao.progress;

import java.time.LocalDate;
import java.util.List;

import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;

/**
 * A directive as the managers follow it: what it is, how many units are in each status, and (in the
 * detail only) each unit's line.
 */
public record DirectiveProgress(
        long directiveId,
        String documentNumber,
        String subject,
        DirectiveType type,
        String issuerCode,
        String issuerName,
        LocalDate issuedOn,
        DirectiveStatus status,
        String processInstanceId,
        StatusCounts counts,
        int reportsReceived,
        int reportsAccepted,
        List<UnitProgress> units,
        IncomingLink incoming) {

    public int unitCount() {
        return counts.total();
    }
}
