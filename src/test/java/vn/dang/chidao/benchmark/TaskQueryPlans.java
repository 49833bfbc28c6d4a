package vn.dang.chidao.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;

/**
 * Diagnosis of the task query on PostgreSQL (-Dbenchmark.query.plans=true, after the measured rounds): the exact
 * SQL the engine sends for each sampled user's "Việc của đơn vị" page (captured from MyBatis with its bound
 * values), its EXPLAIN ANALYZE, what the planner knows of the candidate groups (pg_stats), and the per-user times
 * again after each of a few database changes, on the same data (which they change: run it last). Writes
 * "task-query-plans" into the JSON.
 */
final class TaskQueryPlans {

    /** Captures the SQL, bound values and incremental sort setting of the statements prepared on this thread while armed. */
    @Intercepts(@Signature(type = StatementHandler.class, method = "parameterize", args = Statement.class))
    static final class Capture implements Interceptor {
        static final ThreadLocal<List<Object[]>> ARMED = new ThreadLocal<>();
        private final Configuration configuration;

        Capture(Configuration configuration) {
            this.configuration = configuration;
        }

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            List<Object[]> sink = ARMED.get();
            if (sink != null) {
                BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
                Object parameter = bound.getParameterObject();
                MetaObject meta = parameter == null ? null : configuration.newMetaObject(parameter);
                List<Object> values = new ArrayList<>();
                for (ParameterMapping m : bound.getParameterMappings()) {
                    String p = m.getProperty();
                    if (bound.hasAdditionalParameter(p)) {
                        values.add(bound.getAdditionalParameter(p));
                    } else if (parameter == null || configuration.getTypeHandlerRegistry().hasTypeHandler(parameter.getClass())) {
                        values.add(parameter);
                    } else {
                        values.add(meta.getValue(p));
                    }
                }
                // the planner setting the statement ran with (TaskListSort sets one for the task list), for EXPLAIN
                String sort = null;
                if (bound.getSql().contains("ACT_RU_TASK RES")) {
                    try (Statement st = ((Statement) invocation.getArgs()[0]).getConnection().createStatement();
                         ResultSet rs = st.executeQuery("show enable_incremental_sort")) {
                        rs.next();
                        sort = rs.getString(1);
                    }
                }
                sink.add(new Object[] {bound.getSql(), values, sort});
            }
            return invocation.proceed();
        }

        @Override
        public void setProperties(Properties properties) {
            // none
        }
    }

    private final AppEngine e;
    private final String filterId;
    private final List<String> users;

    TaskQueryPlans(AppEngine e, String filterId, List<String> users) {
        this.e = e;
        this.filterId = filterId;
        this.users = users;
    }

    Map<String, Object> run() {
        Configuration mybatis = ((ProcessEngineConfigurationImpl) e.engine.getProcessEngineConfiguration())
                .getSqlSessionFactory().getConfiguration();
        mybatis.addInterceptor(new Capture(mybatis));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("enableIncrementalSortOnPool", e.jdbc.queryForObject("show enable_incremental_sort", String.class));
        d.put("tables", e.jdbc.queryForList("select relname, n_live_tup, n_mod_since_analyze, last_analyze, "
                + "last_autoanalyze, autoanalyze_count from pg_stat_user_tables where relname in "
                + "('act_ru_task', 'act_ru_identitylink', 'act_ru_authorization') order by relname"));
        d.put("groupStatistics", groupStatistics());
        List<Map<String, Object>> remedies = new ArrayList<>();
        d.put("remedies", remedies);
        remedies.add(measure("as measured", List.of(), true));
        // server-wide through ALTER SYSTEM (the application sets only enable_incremental_sort, for the task list)
        remedies.add(measure("random_page_cost 1.1 (data in memory)", List.of(
                "alter system set random_page_cost = 1.1", "select pg_reload_conf()"), true));
        remedies.add(measure("exact group statistics (statistics target 1000), random_page_cost 4", List.of(
                "alter system reset random_page_cost", "select pg_reload_conf()",
                "alter table act_ru_identitylink alter column group_id_ set statistics 1000",
                "alter table act_ru_authorization alter column group_id_ set statistics 1000",
                "analyze act_ru_identitylink", "analyze act_ru_authorization"), true));
        d.put("groupStatisticsAfter", groupStatistics());
        remedies.add(measure("exact group statistics, random_page_cost 1.1", List.of(
                "alter system set random_page_cost = 1.1", "select pg_reload_conf()"), true));
        e.jdbc.execute("alter system reset random_page_cost");
        e.jdbc.execute("select pg_reload_conf()");
        return d;
    }

    private List<Map<String, Object>> groupStatistics() {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> column = e.jdbc.queryForList("select n_distinct, null_frac, "
                + "coalesce(array_length(most_common_vals::text::text[], 1), 0) as mcv_count, "
                + "most_common_vals::text as mcv, most_common_freqs::text as freqs from pg_stats "
                + "where tablename = 'act_ru_identitylink' and attname = 'group_id_'").stream().findFirst()
                .map(m -> (Map<String, Object>) new LinkedHashMap<>(m)).orElseGet(LinkedHashMap::new);
        String mcv = String.valueOf(column.get("mcv"));
        column.put("mcv", mcv.length() > 400 ? mcv.substring(0, 400) + "…" : mcv);
        column.put("freqs", String.valueOf(column.get("freqs")).length() > 400
                ? String.valueOf(column.get("freqs")).substring(0, 400) + "…" : column.get("freqs"));
        out.add(column);
        for (String user : users) {
            for (String group : groups(user)) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("user", user);
                g.put("group", group);
                g.put("links", e.jdbc.queryForObject("select count(*) from act_ru_identitylink where group_id_ = ?",
                        Integer.class, group));
                g.put("estimatedLinks", e.jdbc.queryForList("select s.freq * c.reltuples from (select "
                        + "f.freq from pg_stats p, unnest(p.most_common_vals::text::text[], p.most_common_freqs) "
                        + "as f(val, freq) where p.tablename = 'act_ru_identitylink' and p.attname = 'group_id_' "
                        + "and f.val = ?) s, pg_class c where c.relname = 'act_ru_identitylink'", Double.class, group)
                        .stream().findFirst().orElse(null));
                out.add(g);
            }
        }
        return out;
    }

    private Map<String, Object> measure(String remedy, List<String> statements, boolean explain) {
        statements.forEach(e.jdbc::execute);
        try {
            Thread.sleep(500); // a reloaded setting reaches each backend before its next statement
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("remedy", remedy);
        Map<String, Double> medianMs = new LinkedHashMap<>();
        Map<String, Object[]> lastSql = new LinkedHashMap<>();
        for (String user : users) {
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                List<Object[]> sink = new ArrayList<>();
                e.engine.getIdentityService().setAuthentication(user, groups(user));
                Capture.ARMED.set(sink);
                try {
                    long t0 = System.nanoTime();
                    e.engine.getFilterService().listPage(filterId,
                            e.engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
                    times.add((System.nanoTime() - t0) / 1e6);
                } finally {
                    Capture.ARMED.remove();
                    e.engine.getIdentityService().clearAuthentication();
                }
                sink.stream().filter(s -> ((String) s[0]).contains("ACT_RU_TASK RES")).reduce((a, b) -> b)
                        .ifPresent(s -> lastSql.put(user, s));
            }
            medianMs.put(user, Probe.round1(Probe.median(times)));
        }
        r.put("listMedianMs", medianMs);
        System.out.println("[benchmark] task query plans: " + remedy + ": " + medianMs);
        if (explain && !lastSql.isEmpty()) {
            String slowest = medianMs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String fastest = medianMs.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Map<String, Object> plans = new LinkedHashMap<>();
            for (String user : List.of(slowest, fastest)) {
                Object[] s = lastSql.get(user);
                if (s != null) {
                    plans.put(user, explain((String) s[0], (List<?>) s[1], (String) s[2]));
                }
            }
            r.put("sql", lastSql.get(slowest) == null ? null : lastSql.get(slowest)[0]);
            r.put("enableIncrementalSort", lastSql.get(slowest) == null ? null : lastSql.get(slowest)[2]);
            r.put("plans", plans);
            if (plans.get(slowest) != null) {
                System.out.println("[benchmark] task query plan of " + slowest + " (" + remedy + "):\n" + plans.get(slowest));
            }
        }
        return r;
    }

    private String explain(String sql, List<?> values, String incrementalSort) {
        try (Connection c = e.jdbc.getDataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql)) {
            try (Statement st = c.createStatement()) {
                st.execute("set enable_incremental_sort = " + ("off".equals(incrementalSort) ? "off" : "on"));
            }
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("reset enable_incremental_sort");
            }
            return plan.toString();
        } catch (java.sql.SQLException ex) {
            return "cannot explain: " + ex.getMessage();
        }
    }

    private List<String> groups(String user) {
        return e.engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
    }
}
