package vn.dang.chidao.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the caller's groups as they are. The engine first narrows them to the groups that
 * hold any authorization, and to know those it reads every distinct group of ACT_RU_AUTHORIZATION once per
 * command: with one group per unit and a task authorization per unit task that is thousands of rows for each
 * click. The narrowing changes no result (a group without authorizations matches no row), so it is skipped.
 * It took 32 % of the CPU samples of a benchmark profile at 10,000 units (docs/benchmark.md).
 * <p>
 * A check that a grant answers is also asked directly. Without REVOKE authorizations the engine's check is "some
 * global, user or group grant with these permission bits on this resource or on '*'", but it builds that SQL
 * through MyBatis' dynamic SQL (OGNL) every time: building the task-work check of one completion took 14 % of the
 * CPU samples of the benchmark's directive lifecycle. The direct query only ever answers yes; anything else, and
 * every check while revokes exist, goes to the engine's own.
 */
@Component
@ConditionalOnProperty(name = "directive.engine.group-authorization-checks.enabled", havingValue = "true",
        matchIfMissing = true)
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

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
            if (isAuthorizationEnabled() && userId != null && isResourceValidForPermission(check)
                    && !isRevokeAuthCheckEnabled(userId, groupIds)
                    && granted(userId, filterAuthenticatedGroupIds(groupIds), check)) {
                return true;
            }
            return super.isAuthorized(userId, groupIds, check);
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
            if (userId != null && check.getAllPermissionChecks().stream().allMatch(this::isResourceValidForPermission)
                    && !isRevokeAuthCheckEnabled(userId, groupIds)
                    && granted(userId, filterAuthenticatedGroupIds(groupIds), check)) {
                return true;
            }
            return super.isAuthorized(userId, groupIds, check);
        }

        /** True when grants alone authorize; false means "ask the engine", never "denied". */
        boolean granted(String userId, List<String> groupIds, CompositePermissionCheck check) {
            List<PermissionCheck> atomic = check.getAtomicChecks();
            if (check.getCompositeChecks() != null && !check.getCompositeChecks().isEmpty()
                    || atomic == null || atomic.isEmpty()) {
                return false;
            }
            for (PermissionCheck a : atomic) {
                boolean g = granted(userId, groupIds, a);
                if (g && check.isDisjunctive()) {
                    return true;
                }
                if (!g && !check.isDisjunctive()) {
                    return false;
                }
            }
            return !check.isDisjunctive();
        }

        boolean granted(String userId, List<String> groupIds, PermissionCheck check) {
            if (check.getResourceIdQueryParam() != null || check.getResource() == null) {
                return false;
            }
            ProcessEngineConfigurationImpl cfg = Context.getProcessEngineConfiguration();
            String type = cfg.getDatabaseType();
            String prefix = cfg.getDatabaseTablePrefix() == null ? "" : cfg.getDatabaseTablePrefix();
            StringBuilder sql = new StringBuilder("select 1 from ").append(prefix)
                    .append("ACT_RU_AUTHORIZATION A where A.RESOURCE_TYPE_ = ? and A.RESOURCE_ID_ in (?, '*') and ")
                    .append(DbSqlSessionFactory.databaseSpecificBitAnd1.get(type)).append("A.PERMS_")
                    .append(DbSqlSessionFactory.databaseSpecificBitAnd2.get(type)).append('?')
                    .append(DbSqlSessionFactory.databaseSpecificBitAnd3.get(type))
                    .append(" = ? and (A.TYPE_ = 0 and A.USER_ID_ = '*' or A.TYPE_ = 1 and (A.USER_ID_ = ?");
            if (!groupIds.isEmpty()) {
                sql.append(" or A.GROUP_ID_ in (").append("?, ".repeat(groupIds.size() - 1)).append("?)");
            }
            sql.append("))");
            Connection c = getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setInt(i++, check.getResourceType());
                ps.setString(i++, check.getResourceId() == null ? "*" : check.getResourceId());
                ps.setInt(i++, check.getPerms());
                ps.setInt(i++, check.getPerms());
                ps.setString(i++, userId);
                for (String g : groupIds) {
                    ps.setString(i++, g);
                }
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("cannot check the grants of " + userId, e);
            }
        }
    }
}
