package vn.dang.chidao.directive;

import java.util.List;

/** What the drafter submits. Raw: it is checked by {@link DraftValidator} before anything is stored. */
public record DirectiveDraft(
        DirectiveType type,
        String issuerCode,
        String subject,
        String basis,
        String body,
        String purpose,
        String organization,
        String closing,
        List<String> recipientCodes,
        List<AssignmentDraft> assignments,
        List<String> distribution,
        String signerId,
        Integer reminderDays) {

    public DirectiveDraft {
        // a null inside a list (sent over REST) becomes an empty entry, which the validator names
        recipientCodes = recipientCodes == null ? List.of() : recipientCodes.stream().map(c -> c == null ? "" : c)
                .toList();
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        distribution = distribution == null ? List.of() : distribution.stream().map(l -> l == null ? "" : l).toList();
    }
}
