package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.SIGNER_OPTIONS;
import static vn.dang.chidao.process.DirectiveVariables.UNIT_OPTIONS;
import static vn.dang.chidao.process.IncomingVariables.DRAFTER_OPTIONS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.process.DirectiveVariables.Option;

/**
 * The pickers of the incoming document's tasks, as task-local variables: the units the receiving body directs and
 * the office staff who may draft (the leader's direction), the body's signers (the upward report). Options only:
 * the recording steps check every choice against the tables.
 */
@Component
public class IncomingOptions implements TaskListener {

    private final IncomingOfInstance instances;
    private final IncomingDocuments incoming;
    private final UnitDirectory directory;
    private final RecipientGroups groups;
    private final Signers signers;
    private final IdentityService identity;

    public IncomingOptions(IncomingOfInstance instances, IncomingDocuments incoming, UnitDirectory directory,
                           RecipientGroups groups, Signers signers, IdentityService identity) {
        this.instances = instances;
        this.incoming = incoming;
        this.directory = directory;
        this.groups = groups;
        this.signers = signers;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Unit receiver = incoming.receiver(instances.of(task.getExecution()));
        if ("Task_DirectIncoming".equals(task.getTaskDefinitionKey())) {
            List<Option> units = new ArrayList<>();
            for (RecipientGroup group : groups.available(receiver)) {
                if (!group.members().isEmpty()) {
                    units.add(new Option(group.name() + " (nhóm " + group.members().size() + " đơn vị)",
                            group.token()));
                }
            }
            directory.directedBy(receiver).forEach(u -> units.add(new Option(u.name(), u.code())));
            UNIT_OPTIONS.setLocal(task, units);
            DRAFTER_OPTIONS.setLocal(task, identity.createUserQuery().memberOfGroup(receiver.officeGroup())
                    .orderByUserLastName().asc().list().stream()
                    .map(u -> new Option(DraftOptions.displayName(u), u.getId())).toList());
        } else {
            SIGNER_OPTIONS.setLocal(task, signers.of(receiver.id()).stream().map(s -> {
                User user = identity.createUserQuery().userId(s.userId()).singleResult();
                return new Option((user == null ? s.userId() : DraftOptions.displayName(user)) + " — "
                        + s.position().title(),
                        s.userId());
            }).toList());
        }
    }
}
