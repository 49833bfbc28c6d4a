package vn.dang.chidao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dang.chidao.postgres.RestClientDriver;

/**
 * Issue "Reliability", point 3: two engine nodes on one PostgreSQL form a cluster with no further
 * setup, and a node killed with SIGKILL in the middle of a 1,000-unit dispatch loses nothing: the
 * dispatch transaction dies with it, the other node runs the job again once its lock expires, and
 * every unit gets exactly one work instance, one task and one mail. A reminder timer that falls due
 * while the node is down fires on the other one.
 *
 * <p>Real processes (ProcessNode), so the kill is a real kill -9. Lock time 10 s instead of 5 min
 * and a short acquisition back-off, so the test does not wait for production timeouts. Tagged
 * "faults": two extra JVMs and ~1.5-2.5 min on two cores.
 */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
@Tag("faults")
class TwoNodeFailoverTest {

    private static final int UNITS = 1000;
    /**
     * Job lock time on both nodes (production: the default 5 min). Longer than the 1,000-unit dispatch
     * transaction takes on a cold node (~10 s here), or the job is acquired again while it still runs.
     */
    private static final int LOCK_MILLIS = 20_000;

    @Test
    void aNodeKilledMidDispatchLosesNothingAndTheOtherNodeFinishes() throws Exception {
        int smtpPort = Faults.freePort();
        GreenMail smtp = Faults.smtp(smtpPort);
        smtp.start();
        List<ProcessNode> nodes = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start()) {
            try {
                failover(pg, smtp, smtpPort, nodes);
            } finally {
                // the nodes go before their database does
                nodes.forEach(ProcessNode::close);
            }
        } finally {
            smtp.stop();
        }
    }

    private void failover(EmbeddedPostgres pg, GreenMail smtp, int smtpPort, List<ProcessNode> nodes)
            throws Exception {
        long testStart = System.nanoTime();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database cluster");
        }
        String url = pg.getJdbcUrl("postgres", "cluster");
        DataSource db = pg.getDatabase("postgres", "cluster");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        List<String> clusterArgs = List.of(
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                // one dispatch transaction for all 1,000 units, so that the kill lands inside it (batches: see
                // BatchedDispatchProcessTest)
                "--directive.dispatch-batch-size=" + UNITS,
                "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort);

        long t0 = System.nanoTime();
        ProcessNode a = ProcessNode.start("node-a", url, true, clusterArgs);
        nodes.add(a);
        a.awaitReady(180_000);
        System.out.printf("[faults/cluster] node A (pid %d) up in %.1f s%n", a.pid(), Faults.seconds(t0));
        List<String> units = Faults.insertUnits(jdbc, "cum", UNITS);
        RestClientDriver rest = a.rest();

        // a unit at work on an assignment: its reminder timer is what falls due during the outage
        String timerDirective = Faults.approveOverRest(rest, "V/v nhắc hạn khi một nút ngừng", List.of("mttq-bao-yen"));
        long timerDirectiveId = directiveId(jdbc, timerDirective);
        // its task comes from the unit's start job; the mail goes out beside it, from the outbox
        Faults.await("the unit's acknowledgement task", 120_000,
                () -> rest.tasks("mttq", "Task_AcknowledgeReceipt").size() == 1);
        Faults.awaitNotified(jdbc, timerDirectiveId, 1);
        rest.complete("mttq", rest.tasks("mttq", "Task_AcknowledgeReceipt").get(0).get("id").toString(),
                Map.of("leadPerson", "Đồng chí Phó Chủ tịch"));
        String reminderJob = jdbc.queryForObject("select j.id_ from act_ru_job j join act_ru_jobdef d "
                + "on d.id_ = j.job_def_id_ join recipient r on r.process_instance_id = j.process_instance_id_ "
                + "where d.act_id_ = 'Timer_DeadlineReminder' and r.directive_id = ?", String.class, timerDirectiveId);

        // the big one, approved over REST while A is the only node
        long approval = System.nanoTime();
        String pi = Faults.approveOverRest(rest, "V/v phát hành tới 1.000 đơn vị khi một nút bị tắt", units);
        double approvalSeconds = Faults.seconds(approval);
        long directiveId = directiveId(jdbc, pi);
        long waitForDispatch = System.nanoTime();
        Faults.await("node A inside the dispatch transaction", 60_000, () -> dispatchInProgress(db, directiveId));
        double dispatchStartedAfter = Faults.seconds(waitForDispatch);
        Faults.sleep(200);
        Map<String, Object> lock = jdbc.queryForMap("select j.lock_owner_, j.lock_exp_time_, j.retries_ from act_ru_job j "
                + "join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = 'Task_GenerateDocument'");
        long kill = System.nanoTime();
        a.kill();
        assertThat(lock.get("lock_owner_")).as("dispatch job acquired by A").isNotNull();
        // nothing of the half-done dispatch survived A
        assertThat(count(jdbc, "select count(*) from recipient where directive_id = ? and process_instance_id is not null",
                directiveId)).isZero();
        assertThat(count(jdbc, "select count(*) from notification where directive_id = ?", directiveId)).isZero();
        assertThat(count(jdbc, "select count(*) from act_hi_procinst where proc_def_key_ = 'unit-work' "
                + "and business_key_ like (select document_number || ' %' from directive where id = ?)", directiveId))
                .isZero();
        System.out.printf("[faults/cluster] approval of %d units over REST %.1f s; A entered dispatch %.2f s later, "
                + "SIGKILL 0.2 s into it: 0 recipients dispatched, 0 outbox rows, 0 unit-work instances committed "
                + "(job lock owner %s, retries %s)%n", UNITS, approvalSeconds, dispatchStartedAfter,
                lock.get("lock_owner_"), lock.get("retries_"));

        // the reminder falls due while A is down and B is not up yet
        jdbc.update("update act_ru_job set duedate_ = ? where id_ = ?",
                new Timestamp(System.currentTimeMillis() - 1000), reminderJob);

        long bStart = System.nanoTime();
        ProcessNode b = ProcessNode.start("node-b", url, false, clusterArgs);
        nodes.add(b);
        b.awaitReady(180_000);
        double bUp = Faults.seconds(bStart);
        Faults.await("B dispatches", 120_000, () -> count(jdbc,
                "select count(*) from recipient where directive_id = ? and process_instance_id is not null",
                directiveId) == UNITS);
        double dispatched = Faults.seconds(kill);
        Faults.await("every unit has its task", 240_000, () -> acknowledgeTasks(jdbc, directiveId) == UNITS);
        double tasks = Faults.seconds(kill);
        Faults.await("every mail sent", 240_000, () -> count(jdbc, "select count(*) from notification "
                + "where directive_id = ? and status <> 'PENDING'", directiveId) == UNITS);
        double mails = Faults.seconds(kill);
        Faults.await("the reminder sent", 60_000, () -> count(jdbc, "select count(*) from notification "
                + "where directive_id = ? and kind = 'REMINDER' and status = 'SENT'", timerDirectiveId) == 1);

        // exactly one work instance per unit, none from the killed attempt
        Map<String, Object> recipients = jdbc.queryForMap("select count(*) as rows, count(distinct unit_id) as units, "
                + "count(process_instance_id) as with_instance, count(distinct process_instance_id) as instances "
                + "from recipient where directive_id = ?", directiveId);
        assertThat(recipients).containsEntry("rows", (long) UNITS).containsEntry("units", (long) UNITS)
                .containsEntry("with_instance", (long) UNITS).containsEntry("instances", (long) UNITS);
        String number = jdbc.queryForObject("select document_number from directive where id = ?", String.class,
                directiveId);
        int unitWorkInstances = count(jdbc, "select count(*) from act_hi_procinst where proc_def_key_ = 'unit-work' "
                + "and business_key_ like ?", number + " %");
        int distinctBusinessKeys = count(jdbc, "select count(distinct business_key_) from act_hi_procinst "
                + "where proc_def_key_ = 'unit-work' and business_key_ like ?", number + " %");
        int orphans = count(jdbc, "select count(*) from act_hi_procinst h where h.proc_def_key_ = 'unit-work' "
                + "and h.business_key_ like ? and not exists (select 1 from recipient r where r.process_instance_id = h.id_)",
                number + " %");
        assertThat(unitWorkInstances).isEqualTo(UNITS);
        assertThat(distinctBusinessKeys).isEqualTo(UNITS);
        assertThat(orphans).isZero();
        assertThat(count(jdbc, "select count(distinct t.proc_inst_id_) from act_ru_task t join recipient r "
                + "on r.process_instance_id = t.proc_inst_id_ where r.directive_id = ? "
                + "and t.task_def_key_ = 'Task_AcknowledgeReceipt'", directiveId)).isEqualTo(UNITS);

        // every notification sent once, on the first try, one mail per unit
        Map<String, Object> outbox = jdbc.queryForMap("select count(*) as rows, count(distinct unit_id) as units, "
                + "sum(case when status = 'SENT' then 1 else 0 end) as sent, max(attempts) as max_attempts "
                + "from notification where directive_id = ? and kind = 'DISPATCH'", directiveId);
        assertThat(outbox).containsEntry("rows", (long) UNITS).containsEntry("units", (long) UNITS)
                .containsEntry("sent", (long) UNITS).containsEntry("max_attempts", 1);
        Map<String, Integer> perAddress = Faults.mailsPerAddress(smtp);
        List<String> unitAddresses = units.stream().map(Faults::email).toList();
        assertThat(unitAddresses).allSatisfy(address -> assertThat(perAddress.get(address))
                .as("mails to %s", address).isEqualTo(1));
        assertThat(count(jdbc, "select count(*) from act_ru_incident")).isZero();

        // the reminder due during the outage fired on B
        assertThat(count(jdbc, "select count(*) from act_ru_job where id_ = ?", reminderJob)).isZero();
        assertThat(perAddress.get("mttq@baoyen.laocai.gov.vn")).as("dispatch + reminder mails to MTTQ").isEqualTo(2);
        List<String> bDispatch = b.logLines("dispatched to " + UNITS + " units");
        assertThat(bDispatch).isNotEmpty();
        assertThat(a.logLines("dispatched to " + UNITS + " units")).isEmpty();
        assertThat(b.logLines("sent to mttq@baoyen.laocai.gov.vn")).hasSize(1);

        System.out.printf("[faults/cluster] node B (pid %d) up %.1f s after its start; after the kill: dispatch "
                + "committed at %.1f s, %d acknowledgement tasks at %.1f s, %d mails at %.1f s; B's log: %s%n",
                b.pid(), bUp, dispatched, UNITS, tasks, UNITS, mails,
                bDispatch.stream().map(l -> l.replaceAll(".*(Directive .*)", "$1")).toList());
        System.out.printf("[faults/cluster] %d recipients, %d unit-work instances (%d distinct business keys, "
                + "%d orphans), %d outbox rows SENT on attempt 1, %d mails (max %d per address), 0 incidents; "
                + "reminder due during the outage fired on B; test %.0f s%n", UNITS, unitWorkInstances,
                distinctBusinessKeys, orphans, UNITS, smtp.getReceivedMessages().length,
                perAddress.values().stream().max(Integer::compare).orElse(0), Faults.seconds(testStart));
    }

    /** The dispatch holds the directive's row lock from its first statement to its commit. */
    private static boolean dispatchInProgress(DataSource db, long directiveId) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("select id from directive where id = ? for update nowait")) {
                s.setLong(1, directiveId);
                s.executeQuery().close();
                return false;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return true;
                }
                throw e;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long directiveId(JdbcTemplate jdbc, String processInstanceId) {
        return jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class,
                processInstanceId);
    }

    private static int acknowledgeTasks(JdbcTemplate jdbc, long directiveId) {
        return count(jdbc, "select count(*) from act_ru_task t join recipient r on r.process_instance_id = t.proc_inst_id_ "
                + "where r.directive_id = ? and t.task_def_key_ = 'Task_AcknowledgeReceipt'", directiveId);
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
