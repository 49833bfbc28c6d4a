package vn.dang.chidao.incoming;

import java.time.LocalDate;

import vn.dang.chidao.directive.DirectiveType;

/** What the văn thư confirms when registering an incoming document. */
public record Registration(
        DirectiveType type,
        String documentNumber,
        String issuingBody,
        LocalDate issuedOn,
        String subject,
        LocalDate receivedOn,
        String reportDeadlinePhrase,
        String reportTo) {
}
