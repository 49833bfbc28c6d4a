package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.process.TaskAuthority;

/**
 * The unit that asked for an extension has no task while the office decides; it may read the office's review
 * task (READ only: not take, complete or comment), so that its request shows in its Tasklist as waiting. The
 * engine deletes a task's authorizations with the task.
 */
@Component
public class ShowRequestToUnit implements TaskListener {

    private final AuthorizationService authorizations;
    private final TaskAuthority authority;

    public ShowRequestToUnit(AuthorizationService authorizations, TaskAuthority authority) {
        this.authorizations = authorizations;
        this.authority = authority;
    }

    @Override
    public void notify(DelegateTask task) {
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(authority.unitGroup(task.getExecution()));
        read.setResource(Resources.TASK);
        read.setResourceId(task.getId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
    }
}
