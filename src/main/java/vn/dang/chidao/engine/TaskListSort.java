package vn.dang.chidao.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tasklist pages ("select distinct … order by CREATE_TIME_ desc limit 15") run on PostgreSQL without incremental
 * sort. With it the planner may walk every open task newest first, probing each for the unit's candidate group,
 * and it does when the group's statistics overestimate it: 300–530 ms for a unit whose tasks are older than the
 * rest (benchmark task query p95 277 ms). Without it the unit's own tasks are read and sorted: 13.7 ms. Only the
 * task list statement: set for every connection it cost the directive lifecycle 5–10 % (docs/benchmark.md).
 */
@Component
@ConditionalOnProperty(name = "directive.engine.task-list-sort.enabled", havingValue = "true", matchIfMissing = true)
public class TaskListSort extends AbstractProcessEnginePlugin {

    static final String STATEMENT = ".selectTaskByQueryCriteria";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if ("postgres".equals(configuration.getDatabaseType())) {
            configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new WithoutIncrementalSort());
        }
    }

    @Intercepts(@Signature(type = Executor.class, method = "query",
            args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
    static final class WithoutIncrementalSort implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            if (!((MappedStatement) invocation.getArgs()[0]).getId().endsWith(STATEMENT)) {
                return invocation.proceed();
            }
            Connection c = ((Executor) invocation.getTarget()).getTransaction().getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("set enable_incremental_sort = off");
            }
            try {
                return invocation.proceed();
            } finally {
                reset(c);
            }
        }

        /** After a failed query the transaction is aborted, and its rollback undoes the set anyway. */
        private static void reset(Connection c) {
            try (Statement s = c.createStatement()) {
                s.execute("reset enable_incremental_sort");
            } catch (SQLException aborted) {
                // the query's own exception is the one to report
            }
        }

        @Override
        public void setProperties(Properties properties) {
            // none
        }
    }
}
