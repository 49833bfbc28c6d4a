package vn.dang.chidao.directive;

import java.time.LocalDate;

/** A stored directive as the workflow reads it. */
public record Directive(
        long id,
        DirectiveType type,
        long issuerId,
        String subject,
        String basis,
        String body,
        String signerId,
        String signerName,
        DirectiveStatus status,
        String documentNumber,
        LocalDate issuedOn,
        String processInstanceId,
        int reminderDays) {

    /** "1759-CV/HU: V/v …" once numbered, the subject alone before. */
    public String title() {
        return documentNumber == null ? subject : documentNumber + ": " + subject;
    }
}
