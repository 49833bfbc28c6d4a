package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DISPATCH_REMAINING;
import static vn.dang.chidao.process.DirectiveVariables.UNIT_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dang.chidao.WorkflowProperties;
import vn.dang.chidao.dispatch.DispatchBatch;
import vn.dang.chidao.dispatch.DispatchService;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.process.UnitWorkStarter;

/** One batch of the dispatch; the model loops (each later batch its own job) while units remain. */
@Component
public class DispatchDirective implements JavaDelegate {

    private final ProcessBindings bindings;
    private static final Logger log = LoggerFactory.getLogger(DispatchDirective.class);

    private final DispatchService dispatch;
    private final UnitWorkStarter starter;
    private final WorkflowProperties properties;

    public DispatchDirective(ProcessBindings bindings, DispatchService dispatch, UnitWorkStarter starter, WorkflowProperties properties) {
        this.bindings = bindings;
        this.dispatch = dispatch;
        this.starter = starter;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long start = System.nanoTime();
        long directiveId = bindings.directive(execution);
        DispatchBatch batch = dispatch.dispatch(directiveId, starter, properties.dispatchBatchSize());
        UNIT_COUNT.set(execution, (long) batch.reached());
        DISPATCH_REMAINING.set(execution, (long) batch.remaining());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (batch.done()) {
            log.info("Directive {} dispatched to {} units (last batch: {} units in {} ms)", directiveId,
                    batch.reached(), batch.dispatched(), millis);
        } else {
            log.info("Directive {}: batch of {} units dispatched in {} ms, {} units to go", directiveId,
                    batch.dispatched(), millis, batch.remaining());
        }
    }
}
