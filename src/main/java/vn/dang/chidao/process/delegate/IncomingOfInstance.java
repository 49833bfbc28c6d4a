package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;

/** The register row an instance works for, by the engine's own instance id: never by a variable. */
@Component
public class IncomingOfInstance {

    private final IncomingDocuments incoming;

    public IncomingOfInstance(IncomingDocuments incoming) {
        this.incoming = incoming;
    }

    public IncomingDocument of(DelegateExecution execution) {
        return incoming.byProcessInstance(execution.getProcessInstanceId()).orElseThrow(
                () -> new IllegalStateException("process instance " + execution.getProcessInstanceId()
                        + " works for no incoming document"));
    }
}
