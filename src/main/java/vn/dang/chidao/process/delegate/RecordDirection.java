package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.ASSIGNMENTS;
import static vn.dang.chidao.process.DirectiveVariables.BASIS;
import static vn.dang.chidao.process.DirectiveVariables.ISSUER;
import static vn.dang.chidao.process.DirectiveVariables.SUBJECT;
import static vn.dang.chidao.process.IncomingVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.AssignmentDraft;
import vn.dang.chidao.directive.DirectiveDraft;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.input.Problem;
import vn.dang.chidao.input.Problems;
import vn.dang.chidao.process.DirectiveVariables.AssignmentItem;
import vn.dang.chidao.process.IncomingVariables.DirectAssignmentItem;

/**
 * Records the leader's direction. A direct assignment becomes a directive of the receiving body, checked like any
 * draft and issued under the sender's number; an implementing directive starts prefilled with the căn cứ and the
 * points given. A refusal leaves the leader's task open with nothing written.
 */
@Component
public class RecordDirection implements JavaDelegate {

    private static final Map<DirectiveType, String> PROCESS_KEYS = Map.of(DirectiveType.CV, "cong-van",
            DirectiveType.KH, "ke-hoach", DirectiveType.HD, "huong-dan");

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final DirectiveService directives;
    private final IdentityService identity;

    public RecordDirection(IncomingDocuments incoming, IncomingOfInstance instances, DirectiveService directives,
                           IdentityService identity) {
        this.incoming = incoming;
        this.instances = instances;
        this.directives = directives;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Actor leader = CurrentUser.actor(execution);
        IncomingDocument document = instances.of(execution);
        Unit receiver = incoming.receiver(document);
        List<DirectAssignmentItem> items = DIRECT_ASSIGNMENTS.get(execution);
        IncomingDocument directed = incoming.direct(document.id(), DIRECTION.get(execution),
                DIRECTION_NOTE.get(execution), DRAFTER.get(execution), IMPLEMENTING_TYPE.get(execution), leader,
                user -> identity.createUserQuery().userId(user).memberOfGroup(receiver.officeGroup()).count() > 0);
        DIRECTION.set(execution, directed.direction().name());
        switch (directed.direction()) {
            case ASSIGN -> assign(directed, receiver, items == null ? List.of() : items, leader, execution);
            case IMPLEMENT -> {
                IMPLEMENTING_PROCESS_KEY.set(execution, PROCESS_KEYS.get(directed.implementingType()));
                ISSUER.set(execution, receiver.code());
                SUBJECT.set(execution, incoming.implementingSubject(directed));
                BASIS.set(execution, incoming.basis(directed));
                ASSIGNMENTS.set(execution, items == null ? List.of() : items.stream()
                        .filter(i -> i.content() != null && !i.content().isBlank())
                        .map(i -> new AssignmentItem(i.content(), units(i), i.deadline(), null)).toList());
            }
            case FOR_INFORMATION -> { }
        }
    }

    private void assign(IncomingDocument document, Unit receiver, List<DirectAssignmentItem> items, Actor leader,
                        DelegateExecution execution) {
        Problems problems = new Problems();
        if (items.isEmpty()) {
            problems.add("directAssignments", "Chưa giao nhiệm vụ nào cho đơn vị.");
        }
        List<String> leads = new ArrayList<>();
        List<AssignmentDraft> assignments = new ArrayList<>();
        Set<String> recipients = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            DirectAssignmentItem item = items.get(i);
            if (item.lead() == null || item.lead().isBlank()) {
                problems.add(Problem.item("directAssignments", i, "lead"),
                        "Nhiệm vụ " + (i + 1) + ": chưa chọn đơn vị chủ trì.");
            } else if (RecipientGroup.isToken(item.lead())) {
                problems.add(Problem.item("directAssignments", i, "lead"),
                        "Nhiệm vụ " + (i + 1) + ": đơn vị chủ trì là một đơn vị, không phải một nhóm; chọn nhóm ở "
                                + "ô phối hợp.");
            }
            leads.add(item.lead());
            List<String> units = units(item);
            recipients.addAll(units);
            assignments.add(new AssignmentDraft(item.content(), units, item.deadline() == null ? "" : item.deadline()));
        }
        problems.throwIfAny();
        DirectiveDraft draft = new DirectiveDraft(document.type() == null ? DirectiveType.CV : document.type(),
                receiver.code(), document.subject(), incoming.basis(document), document.directionNote() != null
                        ? document.directionNote() : "Giao các đơn vị thực hiện các nhiệm vụ dưới đây.", null, null,
                null, List.copyOf(recipients), assignments, List.of(), leader.userId(), null);
        User user = identity.createUserQuery().userId(leader.userId()).singleResult();
        directives.issueDirectAssignment(draft, leads, document.documentNumber(), document.id(),
                user == null ? leader.userId() : DraftOptions.displayName(user), leader, execution.getProcessInstanceId());
    }

    /** The lead unit first, then the supporting ones, each once. */
    private static List<String> units(DirectAssignmentItem item) {
        Set<String> units = new LinkedHashSet<>();
        if (item.lead() != null && !item.lead().isBlank()) {
            units.add(item.lead());
        }
        if (item.support() != null) {
            item.support().stream().filter(s -> s != null && !s.isBlank()).forEach(units::add);
        }
        return List.copyOf(units);
    }
}
