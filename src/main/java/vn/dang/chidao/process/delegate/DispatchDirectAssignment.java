package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.WorkflowProperties;
import vn.dang.chidao.dispatch.DispatchBatch;
import vn.dang.chidao.dispatch.DispatchService;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.process.UnitWorkStarter;

/**
 * Starts each assigned unit's work, as an issued directive's dispatch does: a leader assigns a handful of units, so
 * one batch reaches them all; the units' last accepted report wakes this instance.
 */
@Component
public class DispatchDirectAssignment implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final DispatchService dispatch;
    private final UnitWorkStarter starter;
    private final WorkflowProperties properties;

    public DispatchDirectAssignment(IncomingDocuments incoming, IncomingOfInstance instances, DispatchService dispatch,
                                    UnitWorkStarter starter, WorkflowProperties properties) {
        this.incoming = incoming;
        this.instances = instances;
        this.dispatch = dispatch;
        this.starter = starter;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directive = incoming.implementingDirectives(instances.of(execution).id()).get(0);
        DispatchBatch batch;
        do {
            batch = dispatch.dispatch(directive, starter, properties.dispatchBatchSize());
        } while (!batch.done());
    }
}
