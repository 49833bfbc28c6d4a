package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.incoming.IncomingDocuments;

/** Every assigned unit's report is accepted: the direct assignment leaves the list of work in progress. */
@Component
public class CloseDirectAssignment implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final DirectiveService directives;

    public CloseDirectAssignment(IncomingDocuments incoming, IncomingOfInstance instances,
                                 DirectiveService directives) {
        this.incoming = incoming;
        this.instances = instances;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        directives.completeDirectAssignment(incoming.implementingDirectives(instances.of(execution).id()).get(0));
    }
}
