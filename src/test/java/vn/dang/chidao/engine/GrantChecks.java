package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The direct grant query of {@link GroupAuthorizationChecks} against the engine's own check, on every combination
 * of grant kind (global, user, group), resource id (this one, '*', another) and permissions held, for single and
 * composite (disjunctive and conjunctive) checks. Shared by the H2 and the PostgreSQL tests (the SQL differs).
 */
public final class GrantChecks {

    private static final String USER = "kiemtra-quyen";
    private static final String GROUP = "nhom-kiemtra-quyen";
    private static final String TASK_ID = "task-kiemtra-quyen";
    private static final String KEY = "quy-trinh-kiemtra";

    private GrantChecks() {
    }

    /** @return how many checks were compared, and how many of them grants answered */
    public static int[] compareWithTheEngine(ProcessEngine engine) {
        AuthorizationService auth = engine.getAuthorizationService();
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        int compared = 0;
        int granted = 0;
        int[] kinds = {Authorization.AUTH_TYPE_GLOBAL, Authorization.AUTH_TYPE_GRANT, Authorization.AUTH_TYPE_GRANT};
        String[] ids = {TASK_ID, "*", "task-khac"};
        Permission[][] held = {{TaskPermissions.TASK_WORK}, {TaskPermissions.UPDATE},
                {TaskPermissions.READ, TaskPermissions.TASK_WORK}, {TaskPermissions.READ}};
        for (int kind = 0; kind < kinds.length; kind++) {
            for (String id : ids) {
                for (Permission[] perms : held) {
                    Authorization a = auth.createNewAuthorization(kinds[kind]);
                    if (kinds[kind] == Authorization.AUTH_TYPE_GLOBAL) {
                        a.setUserId(Authorization.ANY);
                    } else if (kind == 1) {
                        a.setUserId(USER);
                    } else {
                        a.setGroupId(GROUP);
                    }
                    a.setResource(Resources.TASK);
                    a.setResourceId(id);
                    a.setPermissions(perms);
                    auth.saveAuthorization(a);
                    try {
                        for (List<String> groups : List.of(List.of(GROUP), List.<String>of(), List.of("nhom-khac"))) {
                            for (CompositePermissionCheck check : checks()) {
                                boolean engineSays = cfg.getCommandExecutorTxRequired().execute(ctx -> ctx
                                        .getDbEntityManager().selectBoolean("isUserAuthorizedForResource",
                                                new AuthorizationCheck(USER, groups, check, false)));
                                boolean direct = cfg.getCommandExecutorTxRequired().execute(ctx ->
                                        ((GroupAuthorizationChecks.GroupsAsGiven) ctx.getAuthorizationManager())
                                                .granted(USER, groups, check));
                                assertThat(direct).as("grant %s on %s %s, groups %s, check %s", kind, id,
                                        List.of(perms), groups, describe(check)).isEqualTo(engineSays);
                                compared++;
                                granted += direct ? 1 : 0;
                            }
                        }
                    } finally {
                        auth.deleteAuthorization(a.getId());
                    }
                }
            }
        }
        return new int[] {compared, granted};
    }

    private static List<CompositePermissionCheck> checks() {
        List<CompositePermissionCheck> out = new ArrayList<>();
        out.add(composite(true, check(Resources.TASK, TASK_ID, TaskPermissions.TASK_WORK)));
        out.add(composite(true, check(Resources.TASK, "*", TaskPermissions.TASK_WORK)));
        out.add(composite(true, check(Resources.TASK, null, TaskPermissions.UPDATE)));
        // the shape of the engine's task-work check on completion
        out.add(composite(true, check(Resources.TASK, TASK_ID, TaskPermissions.TASK_WORK),
                check(Resources.PROCESS_DEFINITION, KEY, ProcessDefinitionPermissions.TASK_WORK),
                check(Resources.TASK, TASK_ID, TaskPermissions.UPDATE),
                check(Resources.PROCESS_DEFINITION, KEY, ProcessDefinitionPermissions.UPDATE_TASK)));
        out.add(composite(false, check(Resources.TASK, TASK_ID, TaskPermissions.READ),
                check(Resources.TASK, TASK_ID, TaskPermissions.TASK_WORK)));
        return out;
    }

    private static PermissionCheck check(Resource resource, String id, Permission permission) {
        PermissionCheck c = new PermissionCheck();
        c.setResource(resource);
        c.setResourceId(id);
        c.setPermission(permission);
        return c;
    }

    private static CompositePermissionCheck composite(boolean disjunctive, PermissionCheck... checks) {
        CompositePermissionCheck c = new CompositePermissionCheck(disjunctive);
        c.setAtomicChecks(List.of(checks));
        return c;
    }

    private static String describe(CompositePermissionCheck c) {
        return (c.isDisjunctive() ? "any of " : "all of ") + c.getAtomicChecks().stream()
                .map(a -> a.getPermission().getName() + " " + a.getResource().resourceName() + " " + a.getResourceId())
                .toList();
    }
}
