package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

import vn.dang.chidao.process.identity.IdentitySetup;

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

    @Test
    void userCommandsRunThroughTheCollisionRetry() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCustomPreCommandInterceptorsTxRequired())
                .hasAtLeastOneElementOfType(CollisionRetry.Interceptor.class);
    }
}
