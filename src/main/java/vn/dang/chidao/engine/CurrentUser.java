package vn.dang.chidao.engine;

import java.util.HashSet;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.dang.chidao.directory.Actor;

/** Who completed the task that led here: the user Tasklist or REST authenticated, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String of(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    /** The acting user with the groups of the login; {@link Actor#SYSTEM} when nobody is signed in (a job). */
    public static Actor actor(DelegateExecution execution) {
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        Authentication auth = identity.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return Actor.SYSTEM;
        }
        List<String> groups = auth.getGroupIds();
        if (groups == null) {
            // an authentication without groups (setAuthenticatedUserId): the directory's are the user's
            groups = identity.createGroupQuery().groupMember(auth.getUserId()).list().stream().map(Group::getId)
                    .toList();
        }
        return new Actor(auth.getUserId(), new HashSet<>(groups));
    }
}
