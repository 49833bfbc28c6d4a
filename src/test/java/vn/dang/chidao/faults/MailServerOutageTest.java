package vn.dang.chidao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import vn.dang.chidao.notification.NotificationSender;
import vn.dang.chidao.notification.NotificationStatus;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * Issue "Reliability", point 1: a mail server outage delays notifications and loses none. The
 * application on PostgreSQL with a real SMTP server (GreenMail) that the test stops and starts; the
 * jobs run through the engine (ManagementService, as the job executor would) and the clock skips
 * the retry waits (R5/PT5M on Task_NotifyUnit).
 */
class MailServerOutageTest extends FaultsAppTestBase {

    private static final long RETRY_WAIT_MILLIS = 6 * 60 * 1000L;

    /** Down until a test starts it. */
    private static final GreenMail smtp = Faults.smtp(SMTP_PORT);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    NotificationSender sender;

    @AfterEach
    void stopMailAndResetClock() {
        if (smtp.isRunning()) {
            smtp.stop();
        }
        ClockUtil.reset();
    }

    @Test
    void mailOutageDelaysNotificationsAndLosesNone() {
        int n = 20;
        List<String> units = Faults.insertUnits(jdbc, "mat-thu", n);
        identitySetup.synchronize();
        assertThat(smtp.isRunning()).as("mail server down").isFalse();

        long directiveId = approve("V/v thử mất máy chủ thư", units);
        JobRun first = runDueJobs();
        // dispatch + one start per unit succeed, every notification fails
        assertThat(first.failed()).isEqualTo(n);
        assertThat(count("select count(*) from recipient where directive_id = ? and status = 'DISPATCHED'",
                directiveId)).as("units got their work despite the outage").isEqualTo(n);
        assertThat(count("select count(*) from act_ru_task t join recipient r on r.process_instance_id = t.proc_inst_id_ "
                + "where r.directive_id = ? and t.task_def_key_ = 'Task_AcknowledgeReceipt'", directiveId)).isEqualTo(n);
        assertOutbox(directiveId, n, NotificationStatus.PENDING, 1);
        List<Job> retrying = notifyJobs(directiveId);
        assertThat(retrying).hasSize(n).allSatisfy(j -> {
            assertThat(j.getRetries()).isPositive();
            assertThat(j.getExceptionMessage()).contains("máy chủ thư không phản hồi");
        });
        int retriesLeftAfterFirst = retrying.get(0).getRetries();
        assertThat(incidents(directiveId)).isZero();
        System.out.printf("[faults/mail] SMTP down: %d units dispatched, %d ack tasks, %d notify jobs failed, "
                + "outbox %d PENDING (attempts 1), retries left %d, incidents 0%n", n, n, first.failed(), n,
                retriesLeftAfterFirst);

        // still down at the first retry, five minutes later
        advanceClock();
        JobRun second = runDueJobs();
        assertThat(second.failed()).isEqualTo(n);
        assertOutbox(directiveId, n, NotificationStatus.PENDING, 2);
        assertThat(notifyJobs(directiveId)).allSatisfy(j -> assertThat(j.getRetries())
                .isEqualTo(retriesLeftAfterFirst - 1));

        // the server comes back: the next retry delivers every mail, once
        smtp.start();
        advanceClock();
        JobRun third = runDueJobs();
        assertThat(third.failed()).isZero();
        assertThat(third.executed()).isEqualTo(n);
        assertOutbox(directiveId, n, NotificationStatus.SENT, 3);
        assertThat(notifyJobs(directiveId)).isEmpty();
        Map<String, Integer> perAddress = Faults.mailsPerAddress(smtp);
        assertThat(perAddress).containsOnlyKeys(units.stream().map(Faults::email).toList());
        assertThat(perAddress.values()).allMatch(c -> c == 1);

        // a job retried after its mail went out (e.g. its commit failed) finds the row SENT and mails nothing
        List<Long> ids = jdbc.queryForList("select id from notification where directive_id = ? and kind = 'DISPATCH'",
                Long.class, directiveId);
        for (long id : ids) {
            assertThat(sender.send(id)).isEqualTo(NotificationStatus.SENT);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(n);
        System.out.printf("[faults/mail] SMTP back after 2 failed rounds: %d jobs ok in round 3, %d mails received, "
                + "max %d per address, outbox SENT %d (attempts 3 each); %d replayed sends mailed 0 more%n",
                third.executed(), smtp.getReceivedMessages().length,
                perAddress.values().stream().max(Integer::compare).orElse(0), n, ids.size());
    }

    @Test
    void mailServerDownUntilRetriesRunOutRaisesAnIncident() {
        int n = 3;
        List<String> units = Faults.insertUnits(jdbc, "su-co", n);
        identitySetup.synchronize();

        long directiveId = approve("V/v thử máy chủ thư hỏng kéo dài", units);
        int rounds = 0;
        int failures = 0;
        do {
            JobRun run = runDueJobs();
            failures += run.failed();
            rounds++;
            advanceClock();
        } while (!notifyJobs(directiveId).stream().allMatch(j -> j.getRetries() == 0) && rounds < 20);

        List<String> instances = instances(directiveId);
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().incidentType("failedJob")
                .activityId("Task_NotifyUnit").list().stream()
                .filter(i -> instances.contains(i.getProcessInstanceId())).toList();
        assertThat(incidents).hasSize(n).allSatisfy(i -> assertThat(i.getIncidentMessage())
                .contains("máy chủ thư không phản hồi"));
        int attempts = count("select max(attempts) from notification where directive_id = ?", directiveId);
        assertOutbox(directiveId, n, NotificationStatus.PENDING, attempts);
        assertThat(attempts).as("R5: five executions in all, the first included").isEqualTo(5);
        assertThat(count("select count(*) from recipient where directive_id = ? and status = 'DISPATCHED'",
                directiveId)).isEqualTo(n);
        System.out.printf("[faults/mail] SMTP down for good: %d failed executions in %d job rounds, %d attempts per "
                + "notification (incident ~%d min after the first), %d incidents on Task_NotifyUnit, outbox still "
                + "PENDING%n", failures, rounds, attempts, (attempts - 1) * 5, incidents.size());

        // what an administrator does in Cockpit once mail works again: "Retry" the incident
        smtp.start();
        ManagementService management = engine.getManagementService();
        for (Job job : notifyJobs(directiveId)) {
            management.setJobRetries(job.getId(), 1);
        }
        JobRun retried = runDueJobs();
        assertThat(retried.executed()).isEqualTo(n);
        assertThat(incidents(directiveId)).isZero();
        assertOutbox(directiveId, n, NotificationStatus.SENT, attempts + 1);
        assertThat(Faults.mailsPerAddress(smtp)).hasSize(n).allSatisfy((address, c) -> assertThat(c).isEqualTo(1));
        System.out.printf("[faults/mail] Cockpit retry after SMTP back: %d incidents resolved, %d mails, 1 per address%n",
                n, smtp.getReceivedMessages().length);
    }

    private long approve(String subject, List<String> units) {
        WorkflowDriver driver = new WorkflowDriver(engine);
        ProcessInstance pi = driver.startCongVan(subject);
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective", Faults.draft(subject, units));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        return jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class, pi.getId());
    }

    record JobRun(int executed, int failed) {
    }

    /** Every job due now, as the job executor would run them; a failed job waits for its retry time. */
    private JobRun runDueJobs() {
        ManagementService management = engine.getManagementService();
        int executed = 0;
        int failed = 0;
        for (int round = 0; round < 1000; round++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 100);
            if (due.isEmpty()) {
                return new JobRun(executed, failed);
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                    executed++;
                } catch (RuntimeException e) {
                    failed++;
                }
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    private void advanceClock() {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + RETRY_WAIT_MILLIS));
    }

    private List<String> instances(long directiveId) {
        return jdbc.queryForList("select process_instance_id from recipient where directive_id = ?", String.class,
                directiveId);
    }

    private List<Job> notifyJobs(long directiveId) {
        List<String> instances = instances(directiveId);
        return engine.getManagementService().createJobQuery().activityId("Task_NotifyUnit").list().stream()
                .filter(j -> instances.contains(j.getProcessInstanceId())).toList();
    }

    private void assertOutbox(long directiveId, int n, NotificationStatus status, int attempts) {
        List<Map<String, Object>> rows = jdbc.queryForList("select status, attempts, count(*) as c from notification "
                + "where directive_id = ? and kind = 'DISPATCH' group by status, attempts", directiveId);
        assertThat(rows).as("outbox of directive %d", directiveId).hasSize(1);
        assertThat(rows.get(0)).containsEntry("status", status.name()).containsEntry("attempts", attempts)
                .containsEntry("c", (long) n);
    }

    private int incidents(long directiveId) {
        return count("select count(*) from act_ru_incident i join recipient r on r.process_instance_id = i.proc_inst_id_ "
                + "where r.directive_id = ?", directiveId);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
