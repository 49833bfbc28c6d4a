package vn.dang.chidao.process.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;

/**
 * Keeps Camunda's groups and grants in step with the unit directory: each unit is a group, each
 * issuer has role groups, and every group gets exactly what its work needs. Idempotent.
 *
 * Unit isolation needs no grant of its own: a unit's tasks name the unit's group as candidate, and
 * the engine grants task access to candidates only.
 */
@Component
public class IdentitySetup {

    /** Managers (Ban Thường vụ, tracking leaders): read everything in Cockpit, change nothing. */
    public static final String MANAGER_GROUP = "quan-ly";

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    private static final List<String> DIRECTIVE_PROCESSES = List.of("cong-van", "ke-hoach", "huong-dan");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final UnitDirectory directory;

    public IdentitySetup(IdentityService identity, AuthorizationService authorizations, UnitDirectory directory) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.directory = directory;
    }

    public void synchronize() {
        List<Unit> units = directory.listActive();
        for (Unit unit : units) {
            synchronize(unit);
        }
        ensureGroup(MANAGER_GROUP, "Lãnh đạo theo dõi thực hiện", "VAI_TRO");
        grantGroup(MANAGER_GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(MANAGER_GROUP, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grantGroup(MANAGER_GROUP, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grantGroup(MANAGER_GROUP, Resources.TASK, ANY, TaskPermissions.READ);
        grantGroup(MANAGER_GROUP, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grantGroup(MANAGER_GROUP, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grantGroup(MANAGER_GROUP, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grantGroup(MANAGER_GROUP, Resources.DECISION_DEFINITION, ANY, Permissions.READ);

        // Everyone works in Tasklist and may see the (non-confidential) process models and the shared filters.
        grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantGlobal(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        // the names of units and roles (not their members): Tasklist shows who a task waits for by the group's name
        grantGlobal(Resources.GROUP, ANY, Permissions.READ);
        log.info("Identity synchronized: {} units", units.size());
    }

    /** One unit's group and, for an issuer, its role groups and grants: what an administrator's change needs. */
    public void synchronize(Unit unit) {
        ensureGroup(unit.code(), unit.name(), "DON_VI");
        if (unit.canIssue()) {
            ensureGroup(unit.officeGroup(), "Văn phòng — " + unit.name(), "VAI_TRO");
            ensureGroup(unit.officeHeadGroup(), "Chánh Văn phòng — " + unit.name(), "VAI_TRO");
            ensureGroup(unit.signerGroup(), "Lãnh đạo ký văn bản — " + unit.name(), "VAI_TRO");
            ensureGroup(unit.registryGroup(), "Văn thư — " + unit.name(), "VAI_TRO");
            for (String process : DIRECTIVE_PROCESSES) {
                grantGroup(unit.officeGroup(), Resources.PROCESS_DEFINITION, process,
                        ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ);
            }
            grantGroup(unit.officeGroup(), Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        } else if (!name.equals(group.getName())) {
            // names are what people read in Tasklist and Cockpit: kept in step with the directory
            group.setName(name);
            identity.saveGroup(group);
        }
    }

    void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream().findFirst()
                .orElse(null);
        if (auth == null) {
            auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        save(auth, permissions);
    }

    void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).list().stream().findFirst().orElse(null);
        if (auth == null) {
            auth = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            auth.setUserId(ANY);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        save(auth, permissions);
    }

    private void save(Authorization auth, Permission... permissions) {
        boolean missing = false;
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                missing = true;
            }
        }
        if (missing || auth.getId() == null) {
            authorizations.saveAuthorization(auth);
        }
    }

}
