package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_ID;
import static vn.dang.chidao.process.DirectiveVariables.UNIT_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dang.chidao.dispatch.DispatchService;
import vn.dang.chidao.process.UnitWorkStarter;

@Component
public class DispatchDirective implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DispatchDirective.class);

    private final DispatchService dispatch;
    private final UnitWorkStarter starter;

    public DispatchDirective(DispatchService dispatch, UnitWorkStarter starter) {
        this.dispatch = dispatch;
        this.starter = starter;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long start = System.nanoTime();
        int units = dispatch.dispatch(DIRECTIVE_ID.require(execution), starter);
        UNIT_COUNT.set(execution, (long) units);
        log.info("Directive {} dispatched to {} units in {} ms", DIRECTIVE_ID.require(execution), units,
                (System.nanoTime() - start) / 1_000_000);
    }
}
