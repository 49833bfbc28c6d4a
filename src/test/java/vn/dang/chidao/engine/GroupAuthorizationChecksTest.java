package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

import vn.dang.chidao.process.identity.IdentitySetup;

import vn.dang.chidao.process.WorkflowTestBase;

/** The caller's groups go to the authorization checks unfiltered, and the checks decide exactly as before. */
class GroupAuthorizationChecksTest extends WorkflowTestBase {

    private static final String OFFICE = "hu-bao-yen_van-phong";
    private static final String NO_AUTHORIZATIONS = "nhom-chua-co-quyen";

    @Test
    void theEngineUsesTheManagerThatKeepsTheGroupsAsGiven() {
        AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(ctx -> ctx.getAuthorizationManager());
        assertThat(manager).isInstanceOf(GroupAuthorizationChecks.GroupsAsGiven.class);
        assertThat(manager.filterAuthenticatedGroupIds(List.of(OFFICE, NO_AUTHORIZATIONS)))
                .containsExactlyInAnyOrder(OFFICE, NO_AUTHORIZATIONS);
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }

    @Test
    void aGroupWithoutAuthorizationsNeitherGrantsNorHides() {
        var auth = engine.getAuthorizationService();
        assertThat(auth.isUserAuthorized("soanthao", List.of(OFFICE, NO_AUTHORIZATIONS),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "cong-van")).isTrue();
        assertThat(auth.isUserAuthorized("soanthao", List.of(NO_AUTHORIZATIONS),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "cong-van")).isFalse();
        assertThat(auth.isUserAuthorized("mttq", List.of("mttq-bao-yen", NO_AUTHORIZATIONS),
                ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, "*")).isFalse();
        assertThat(auth.isUserAuthorized("quanly", List.of(IdentitySetup.MANAGER_GROUP, NO_AUTHORIZATIONS),
                ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, "*")).isTrue();
    }

    /** Without revokes, the direct grant query answers exactly as the engine's check, on every combination. */
    @Test
    void grantsAreCheckedDirectlyWithTheEnginesAnswer() {
        int[] counts = GrantChecks.compareWithTheEngine(engine);
        assertThat(counts[0]).isEqualTo(540);
        assertThat(counts[1]).as("checks a grant answered").isBetween(1, counts[0] - 1);
    }

    /** A REVOKE anywhere sends every check to the engine, which lets it override the group's grant. */
    @Test
    void aRevokeStillDenies() {
        var auth = engine.getAuthorizationService();
        assertThat(auth.isUserAuthorized("soanthao", List.of(OFFICE),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "cong-van")).isTrue();
        var revoke = auth.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("soanthao");
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId("cong-van");
        revoke.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        auth.saveAuthorization(revoke);
        try {
            assertThat(auth.isUserAuthorized("soanthao", List.of(OFFICE),
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "cong-van")).isFalse();
            assertThat(auth.isUserAuthorized("chanhvanphong", List.of(OFFICE),
                    ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "cong-van")).isTrue();
        } finally {
            auth.deleteAuthorization(revoke.getId());
        }
    }

    @Test
    void userCommandsRunThroughTheCollisionRetry() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCustomPreCommandInterceptorsTxRequired())
                .hasAtLeastOneElementOfType(CollisionRetry.Interceptor.class);
    }
}
