package vn.dang.chidao.process;

import static vn.dang.chidao.process.UnitWorkVariables.DIRECTIVE_ID;
import static vn.dang.chidao.process.UnitWorkVariables.DOCUMENT_NUMBER;
import static vn.dang.chidao.process.UnitWorkVariables.RECIPIENT_ID;
import static vn.dang.chidao.process.UnitWorkVariables.SUBJECT;
import static vn.dang.chidao.process.UnitWorkVariables.UNIT_GROUP;
import static vn.dang.chidao.process.UnitWorkVariables.UNIT_NAME;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.dang.chidao.dispatch.UnitWorkLauncher;
import vn.dang.chidao.dispatch.UnitWorkOrder;

/**
 * Starts a unit's own "unit-work" instance. Its start is asynchronous, so dispatching to a thousand
 * units only writes a thousand small instances and jobs; the job executor builds their tasks.
 */
@Component
public class UnitWorkStarter implements UnitWorkLauncher {

    private final RuntimeService runtime;
    private final ProcessBindings bindings;

    public UnitWorkStarter(RuntimeService runtime, ProcessBindings bindings) {
        this.runtime = runtime;
        this.bindings = bindings;
    }

    @Override
    public String launch(UnitWorkOrder order) {
        VariableMap variables = Variables.createVariables()
                .putValue(DIRECTIVE_ID.name(), order.directiveId())
                .putValue(RECIPIENT_ID.name(), order.recipientId())
                .putValue(UNIT_GROUP.name(), order.unitCode())
                .putValue(UNIT_NAME.name(), order.unitName())
                .putValue(DOCUMENT_NUMBER.name(), order.documentNumber())
                .putValue(SUBJECT.name(), order.subject());
        String id = runtime.createProcessInstanceByKey(UnitWorkVariables.PROCESS_KEY)
                .businessKey(order.documentNumber() + " " + order.unitCode())
                .setVariables(variables)
                .execute()
                .getId();
        // the dispatch binds the recipient row to this id in the same transaction
        bindings.knownAtStart(id, order.recipientId(), order.directiveId());
        return id;
    }
}
