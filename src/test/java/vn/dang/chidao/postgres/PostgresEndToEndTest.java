package vn.dang.chidao.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import java.sql.Connection;

import jakarta.mail.internet.MimeMessage;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.dang.chidao.web.OwnEngine;

/**
 * The whole application on a real PostgreSQL with a real SMTP server, used as Tasklist uses it:
 * over the authenticated REST API, with the job executor running. One Công văn to the end.
 */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=200"})
@ActiveProfiles({"demo", "postgres"})
@ExtendWith(OwnEngine.class)
class PostgresEndToEndTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "endtoend");
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    /** The job executor finds due jobs through the acquisition indexes, and every job has a due date. */
    @Test
    void jobAcquisitionReadsTheDueDateIndex() {
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_job'", String.class))
                .contains("act_idx_job_duedate", "act_idx_job_locked_procinst");
        // the acquisition query's shape with ensureJobDueDateNotNull and acquisition by due date (Job.xml) can use
        // both (which one the planner takes depends on the table's size: here, nearly empty, so seq scans are off)
        String plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> {
            try (var st = c.createStatement()) {
                st.execute("set enable_seqscan = off");
                StringBuilder b = new StringBuilder();
                try (var rs = st.executeQuery("explain select RES.ID_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) "
                        + "and (RES.DUEDATE_ <= now()) and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < now()) "
                        + "and RES.SUSPENSION_STATE_ = 1 and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ "
                        + "from ACT_RU_JOB J2 where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and "
                        + "(J2.EXCLUSIVE_ = true) and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now()))) "
                        + "or RES.EXCLUSIVE_ = false) order by RES.DUEDATE_ asc limit 10")) {
                    while (rs.next()) {
                        b.append(rs.getString(1)).append('\n');
                    }
                } finally {
                    st.execute("reset enable_seqscan");
                }
                return b.toString();
            }
        });
        assertThat(plan).contains("act_idx_job_duedate").contains("act_idx_job_locked_procinst");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null", Integer.class))
                .isZero();
    }

    /**
     * A Tasklist page is "select distinct … order by CREATE_TIME_ desc limit 15": PostgreSQL must not answer it by
     * walking the creation-time index through an incremental sort (every open task read for a unit whose tasks are
     * old: the benchmark's 300–530 ms task query). On a table of the same shape, where a tenth of the rows match,
     * the walk (parallel, then incrementally sorted) is what PostgreSQL takes when it may, and not once
     * incremental sort is off.
     */
    @Test
    void tasklistPagesAreNotAnsweredByWalkingAllTasksNewestFirst() {
        List<String> plans = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<List<String>>) c -> {
            try (var st = c.createStatement()) {
                // not a temporary table: the walk comes with parallel workers, which never read those
                st.execute("create table walk_probe (ID_ varchar(64) primary key, NAME_ varchar(255), "
                        + "CREATE_TIME_ timestamp, GROUP_ID_ varchar(64), DESCRIPTION_ varchar(4000))");
                try {
                    st.execute("insert into walk_probe select 't' || g, 'Thực hiện nhiệm vụ', "
                            + "timestamp '2026-01-01' + g * interval '1 second', 'unit-' || (g % 10), "
                            + "repeat('nội dung ', 50) from generate_series(1, 60000) g");
                    st.execute("create index walk_probe_create on walk_probe (CREATE_TIME_)");
                    st.execute("analyze walk_probe");
                    String page = "explain select distinct ID_, NAME_, CREATE_TIME_, DESCRIPTION_ from walk_probe "
                            + "where GROUP_ID_ = 'unit-1' order by CREATE_TIME_ desc limit 15";
                    String allowed = lines(st, page);
                    st.execute("set enable_incremental_sort = off");
                    try {
                        return List.of(allowed, lines(st, page));
                    } finally {
                        st.execute("reset enable_incremental_sort");
                    }
                } finally {
                    st.execute("drop table walk_probe");
                }
            }
        });
        assertThat(plans.get(0)).as("the hazard TaskListSort guards against").contains("Incremental Sort");
        assertThat(plans.get(1)).doesNotContain("Incremental Sort");
    }

    private static String lines(java.sql.Statement st, String sql) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder();
        try (var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
        }
        return b.toString();
    }

    /** Records enable_incremental_sort on the connection of each statement the engine prepares while armed. */
    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    static final class SortSetting implements Interceptor {
        static final ThreadLocal<Map<String, String>> ARMED = new ThreadLocal<>();

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            Map<String, String> sink = ARMED.get();
            if (sink != null) {
                String id = ((MappedStatement) SystemMetaObject.forObject(invocation.getTarget())
                        .getValue("delegate.mappedStatement")).getId();
                try (var st = ((Connection) invocation.getArgs()[0]).createStatement();
                     var rs = st.executeQuery("show enable_incremental_sort")) {
                    rs.next();
                    sink.put(id.substring(id.lastIndexOf('.') + 1), rs.getString(1));
                }
            }
            return invocation.proceed();
        }

        @Override
        public void setProperties(java.util.Properties properties) {
            // none
        }
    }

    /**
     * Only the engine's task list statement runs without incremental sort (TaskListSort), whether Tasklist asks
     * through a filter or a plain task query; the count and everything else keep the server's planner, and the
     * connection is back to it afterwards.
     */
    @Test
    void onlyTheTaskListStatementRunsWithoutIncrementalSort() {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
                .getConfiguration().addInterceptor(new SortSetting());
        String filterId = engine.getFilterService().createFilterQuery().filterName("Việc của đơn vị").singleResult()
                .getId();
        Map<String, String> seen = new java.util.HashMap<>();
        SortSetting.ARMED.set(seen);
        engine.getIdentityService().setAuthentication("mttq", List.of("mttq-bao-yen"));
        try {
            engine.getFilterService().listPage(filterId,
                    engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
            engine.getFilterService().count(filterId);
            engine.getTaskService().createTaskQuery().taskCandidateGroup("mttq-bao-yen").listPage(0, 15);
            engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
        } finally {
            engine.getIdentityService().clearAuthentication();
            SortSetting.ARMED.remove();
        }
        assertThat(seen).containsEntry("selectTaskByQueryCriteria", "off")
                .containsEntry("selectTaskCountByQueryCriteria", "on")
                .containsEntry("selectProcessDefinitionsByQueryCriteria", "on");
        List<String> pool = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<List<String>>) c -> {
            try (var st = c.createStatement()) {
                return List.of(lines(st, "show enable_incremental_sort").strip());
            }
        });
        assertThat(pool).containsExactly("on");
    }

    /** The direct grant query (GroupAuthorizationChecks) answers as the engine's check, in PostgreSQL's SQL too. */
    @Test
    void grantsAreCheckedDirectlyWithTheEnginesAnswer() {
        assertThat(vn.dang.chidao.engine.GrantChecks.compareWithTheEngine(engine)[0]).isEqualTo(540);
    }

    @Test
    void oneDirectiveFromDraftToArchiveOverRest() throws Exception {
        RestClientDriver rest = new RestClientDriver(port);
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(rest.status(null, "GET", "/task", null)).as("anonymous REST call").isEqualTo(401);

        String pi = rest.startCongVan("soanthao", "V/v triển khai Nghị quyết trên PostgreSQL");
        String draftTask = rest.singleTask("soanthao", pi, "Task_DraftDirective");

        // the server refuses a bad draft with 400 and a Vietnamese message, and stores nothing
        var refused = rest.submit("soanthao", draftTask, Map.of("subject", "", "recipients", List.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Trích yếu không được để trống.")
                .contains("Chưa chọn đơn vị Kính gửi nào.");
        assertThat(jdbc.queryForObject("select count(*) from directive where process_instance_id = ?",
                Integer.class, pi)).isZero();

        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(14);
        List<String> units = List.of("mttq-bao-yen", "btg-bao-yen", "du-bao-ha");
        assertThat(rest.submit("soanthao", draftTask, Map.of(
                "issuer", "hu-bao-yen", "subject", "V/v triển khai Nghị quyết trên PostgreSQL",
                "body", "Huyện ủy yêu cầu các đơn vị thực hiện:", "recipients", units,
                "assignments", List.of(Map.of("content", "Quán triệt Nghị quyết", "units", units,
                        "deadline", deadline.toString())),
                "distribution", "Thường trực Huyện ủy (b/c),\nLưu VT.", "signer", "phobithu")).status())
                .isEqualTo(204);
        rest.complete("chanhvanphong", rest.singleTask("chanhvanphong", pi, "Task_CheckFormat"),
                Map.of("formatDecision", "pass"));
        rest.complete("phobithu", rest.singleTask("phobithu", pi, "Task_ApproveDirective"),
                Map.of("approvalDecision", "pass"));

        // dispatch and unit-work starts run on the job executor
        Map<String, String> unitUsers = Map.of("mttq-bao-yen", "mttq", "btg-bao-yen", "tuyengiao",
                "du-bao-ha", "baoha");
        await().atMost(Duration.ofSeconds(30)).until(() -> unitUsers.values().stream()
                .allMatch(u -> rest.tasks(u, "Task_AcknowledgeReceipt").size() == 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 3);
        MimeMessage first = mail.getReceivedMessages()[0];
        assertThat(first.getSubject()).matches("Văn bản số \\d{2}-CV/HU: V/v triển khai Nghị quyết trên PostgreSQL");
        // each row is marked SENT in its own transaction just after the server took the mail
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from notification "
                + "where kind = 'DISPATCH' and status = 'SENT'", Integer.class) == 3);

        // a unit sees only its own work
        assertThat(rest.tasks("mttq", null)).allSatisfy(t -> assertThat(t.get("processInstanceId"))
                .isNotEqualTo(pi));
        assertThat(rest.tasks("thpt", null)).isEmpty();

        for (var entry : unitUsers.entrySet()) {
            String user = entry.getValue();
            rest.complete(user, rest.tasks(user, "Task_AcknowledgeReceipt").get(0).get("id").toString(),
                    Map.of("leadPerson", "Đồng chí Bí thư"));
            for (var t : rest.tasks(user, "Task_CarryOutAssignment")) {
                rest.complete(user, t.get("id").toString(), Map.of("resultNote", "Đã quán triệt"));
            }
            rest.complete(user, rest.tasks(user, "Task_ReportResult").get(0).get("id").toString(),
                    Map.of("reportContent", "Hoàn thành quán triệt", "reportEvidence", "https://vanban.local/bc/1"));
        }
        List<Map<String, Object>> reviews = rest.tasks("vanthu", "Task_ReviewReport");
        assertThat(reviews).hasSize(3);
        for (var t : reviews) {
            rest.complete("vanthu", t.get("id").toString(), Map.of("reviewDecision", "accept"));
        }
        String summary = rest.singleTask("soanthao", pi, "Task_ReviewSummary");
        rest.complete("soanthao", summary, Map.of("summaryNote", "Ba đơn vị hoàn thành đúng hạn."));

        assertThat(jdbc.queryForObject("select status from directive where process_instance_id = ?", String.class,
                pi)).isEqualTo("ARCHIVED");
        assertThat(jdbc.queryForObject("select count(*) from recipient r join directive d on d.id = r.directive_id "
                + "where d.process_instance_id = ? and r.status = 'ACCEPTED'", Integer.class, pi)).isEqualTo(3);
        assertThat(rest.status("quanly", "GET", "/history/process-instance?processDefinitionKey=cong-van"
                + "&finished=true", null)).isEqualTo(200);
        assertThat(rest.get("quanly", "/history/process-instance?processInstanceId=" + pi))
                .contains("\"state\":\"COMPLETED\"");
    }
}
