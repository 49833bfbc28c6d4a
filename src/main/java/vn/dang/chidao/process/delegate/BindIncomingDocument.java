package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.incoming.IncomingRepository;
import vn.dang.chidao.process.IncomingVariables;

/**
 * Binds a Văn bản đến instance to its register row when it starts. Only our endpoint starts this process (nobody
 * holds CREATE_INSTANCE on it), with the row's id as business key; the row takes one instance, once.
 */
@Component
public class BindIncomingDocument implements ExecutionListener {

    private final IncomingRepository register;

    public BindIncomingDocument(IncomingRepository register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null || !key.startsWith(IncomingVariables.BUSINESS_KEY_PREFIX)) {
            throw new IllegalStateException("a Văn bản đến instance needs the business key incoming:<id>");
        }
        long id = Long.parseLong(key.substring(IncomingVariables.BUSINESS_KEY_PREFIX.length()));
        if (!register.bind(id, execution.getProcessInstanceId())) {
            throw new IllegalStateException("incoming document " + id + " is unknown or already has its instance");
        }
    }
}
