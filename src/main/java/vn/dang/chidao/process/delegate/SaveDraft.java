package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.APPROVAL_COMMENT;
import static vn.dang.chidao.process.DirectiveVariables.APPROVAL_DECISION;
import static vn.dang.chidao.process.DirectiveVariables.ASSIGNMENTS;
import static vn.dang.chidao.process.DirectiveVariables.BASIS;
import static vn.dang.chidao.process.DirectiveVariables.BODY;
import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_ID;
import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_TYPE;
import static vn.dang.chidao.process.DirectiveVariables.DISTRIBUTION;
import static vn.dang.chidao.process.DirectiveVariables.FORMAT_COMMENT;
import static vn.dang.chidao.process.DirectiveVariables.FORMAT_DECISION;
import static vn.dang.chidao.process.DirectiveVariables.ISSUER;
import static vn.dang.chidao.process.DirectiveVariables.OFFICE_HEAD_GROUP;
import static vn.dang.chidao.process.DirectiveVariables.ORGANIZATION;
import static vn.dang.chidao.process.DirectiveVariables.CLOSING;
import static vn.dang.chidao.process.DirectiveVariables.PURPOSE;
import static vn.dang.chidao.process.DirectiveVariables.RECIPIENTS;
import static vn.dang.chidao.process.DirectiveVariables.REMINDER_DAYS;
import static vn.dang.chidao.process.DirectiveVariables.SIGNER;
import static vn.dang.chidao.process.DirectiveVariables.SIGNER_GROUP;
import static vn.dang.chidao.process.DirectiveVariables.SUBJECT;
import static vn.dang.chidao.process.DirectiveVariables.TRACKING_GROUP;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.deadline.DeadlinePhraseParser;
import vn.dang.chidao.directive.AssignmentDraft;
import vn.dang.chidao.directive.DirectiveDraft;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.DirectiveVariables.AssignmentItem;
import vn.dang.chidao.process.ProcessBindings;

/** Checks the submitted draft on the server and stores it; a refused draft leaves the task open. */
@Component
public class SaveDraft implements JavaDelegate {

    private final DirectiveService directives;
    private final ProcessBindings bindings;
    private final UnitDirectory directory;
    private final IdentityService identity;
    private final DeadlinePhraseParser phrases;
    private final Clock clock;

    public SaveDraft(DirectiveService directives, ProcessBindings bindings, UnitDirectory directory,
                     IdentityService identity, DeadlinePhraseParser phrases, Clock clock) {
        this.directory = directory;
        this.phrases = phrases;
        this.clock = clock;
        this.directives = directives;
        this.bindings = bindings;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DirectiveDraft draft = readDraft(execution);
        // which directive, and which parent recipient it answers: bound to the instances, not read from the form
        long id = directives.saveDraft(bindings.directiveOrNull(execution), draft, this::userName,
                CurrentUser.actor(execution), bindings.directiveInstance(execution));
        DIRECTIVE_ID.set(execution, id);
        Long parentRecipient = bindings.parentRecipient(execution);
        if (parentRecipient != null) {
            directives.linkToParent(id, parentRecipient);
        }
        Long incoming = bindings.incomingOf(execution);
        if (incoming != null) {
            directives.linkToIncoming(id, incoming);
        }
        // Models deployed before the bindings (instances still running after an upgrade) name these groups as
        // variables; the current ones read them from the tables. Set from the tables, and no form can write them.
        Unit issuer = directory.findByCode(draft.issuerCode()).orElseThrow();
        OFFICE_HEAD_GROUP.set(execution, issuer.officeHeadGroup());
        SIGNER_GROUP.set(execution, issuer.signerGroup());
        TRACKING_GROUP.set(execution, issuer.officeGroup());
        // the resolved deadlines are shown next to the phrases on the next forms
        LocalDate today = LocalDate.now(clock);
        List<AssignmentItem> items = ASSIGNMENTS.get(execution);
        ASSIGNMENTS.set(execution, items.stream().map(item -> new AssignmentItem(item.content(), item.units(),
                item.deadline(), phrases.parse(item.deadline(), today).describe())).toList());
        // the reviewers start from empty decisions each round
        FORMAT_DECISION.set(execution, null);
        FORMAT_COMMENT.set(execution, null);
        APPROVAL_DECISION.set(execution, null);
        APPROVAL_COMMENT.set(execution, null);
    }

    static DirectiveDraft readDraft(DelegateExecution execution) {
        List<AssignmentItem> items = ASSIGNMENTS.get(execution);
        List<AssignmentDraft> assignments = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                AssignmentItem item = items.get(i);
                if (item == null) {
                    throw new InvalidInputException("Nhiệm vụ " + (i + 1) + " trống.");
                }
                assignments.add(new AssignmentDraft(item.content(), item.units(), item.deadline()));
            }
        }
        String distribution = DISTRIBUTION.get(execution);
        List<String> recipients = RECIPIENTS.get(execution);
        return new DirectiveDraft(type(execution), ISSUER.get(execution), SUBJECT.get(execution),
                BASIS.get(execution), BODY.get(execution), PURPOSE.get(execution), ORGANIZATION.get(execution),
                CLOSING.get(execution),
                recipients == null ? List.of() : recipients, assignments,
                distribution == null ? List.of() : Arrays.stream(distribution.split("\\R"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                SIGNER.get(execution), reminderDays(execution));
    }

    private static DirectiveType type(DelegateExecution execution) {
        String code = DIRECTIVE_TYPE.get(execution);
        try {
            return code == null ? null : DirectiveType.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer reminderDays(DelegateExecution execution) {
        Object value = execution.getVariable(REMINDER_DAYS.name());
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(value.toString()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Số ngày nhắc trước hạn \"" + value + "\" không phải là số.");
        }
    }

    private String userName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : DraftOptions.displayName(user);
    }
}
