package vn.dang.chidao.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the caller's groups as they are. The engine first narrows them to the groups that
 * hold any authorization, and to know those it reads every distinct group of ACT_RU_AUTHORIZATION once per
 * command: with one group per unit and a task authorization per unit task that is thousands of rows for each
 * click. The narrowing changes no result (a group without authorizations matches no row), so it is skipped.
 * It took 32 % of the CPU samples of a benchmark profile at 10,000 units (see README, Benchmark).
 */
@Component
public class GroupAuthorizationChecks extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsGiven();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, minus the per-command read of all authorized groups. */
    static class GroupsAsGiven extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return Collections.emptyList();
            }
            return new ArrayList<>(authenticatedGroupIds);
        }
    }
}
