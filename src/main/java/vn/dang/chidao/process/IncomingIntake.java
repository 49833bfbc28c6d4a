package vn.dang.chidao.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.incoming.IncomingDocuments;

/**
 * Receives an uploaded document and starts its Văn bản đến instance in one transaction: a refused file or a failed
 * start leaves neither a register row nor an instance. The only way this process starts.
 */
@Component
public class IncomingIntake {

    /** What the văn thư gets back: the register row, its instance and the registration task to open. */
    public record Received(long id, String processInstanceId, String taskId) {
    }

    private final IncomingDocuments incoming;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    public IncomingIntake(IncomingDocuments incoming, RuntimeService runtime, TaskService tasks,
                          IdentityService identity) {
        this.identity = identity;
        this.incoming = incoming;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Transactional
    public Received receive(byte[] content, String fileName, String contentType, Unit receiver, Actor actor) {
        long id = incoming.receive(content, fileName, contentType, receiver, actor);
        // started by the application, as the dispatch starts a unit's work: nobody holds CREATE_INSTANCE on this
        // process, so the engine REST API cannot start one with a business key of someone else's document
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        String instance;
        try {
            instance = runtime.startProcessInstanceByKey(IncomingVariables.PROCESS_KEY,
                    IncomingVariables.BUSINESS_KEY_PREFIX + id).getId();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_RegisterIncoming")
                .singleResult();
        return new Received(id, instance, task == null ? null : task.getId());
    }
}
