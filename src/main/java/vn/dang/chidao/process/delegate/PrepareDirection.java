package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.IncomingVariables.DIRECT_ASSIGNMENTS;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.process.IncomingVariables.DirectAssignmentItem;

/** Proposes the document's own points, with their deadlines as written, for the leader to give to units. */
@Component
public class PrepareDirection implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;

    public PrepareDirection(IncomingDocuments incoming, IncomingOfInstance instances) {
        this.incoming = incoming;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<DirectAssignmentItem> points = incoming.proposal(instances.of(execution).id()).assignments().stream()
                .map(a -> new DirectAssignmentItem(a.text(), null, List.of(), a.deadline())).toList();
        DIRECT_ASSIGNMENTS.set(execution, points);
    }
}
