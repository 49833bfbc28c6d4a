package vn.dang.chidao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import vn.dang.chidao.notification.NotificationSender;
import vn.dang.chidao.notification.NotificationStatus;
import vn.dang.chidao.notification.OutboxDelivery;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.process.identity.IdentitySetup;

/**
 * Issue "Reliability", point 1: a mail server outage delays notifications and loses none, and blocks no
 * unit's work. The application on PostgreSQL with a real SMTP server (GreenMail) that the test stops and
 * starts; the jobs run through the engine (ManagementService, as the job executor would), the outbox
 * delivery runs as its poller would, and the clock skips the retry waits (5 minutes, then hourly after the
 * fifth attempt).
 */
class MailServerOutageTest extends FaultsAppTestBase {

    private static final long RETRY_WAIT_MILLIS = 6 * 60 * 1000L;
    private static final long SLOW_RETRY_WAIT_MILLIS = 61 * 60 * 1000L;

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
    @Autowired
    OutboxDelivery delivery;

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
        // dispatch + one start per unit succeed: mail is no job of the engine
        assertThat(first.failed()).isZero();
        assertThat(count("select count(*) from recipient where directive_id = ? and status = 'DISPATCHED'",
                directiveId)).as("units got their work despite the outage").isEqualTo(n);
        assertThat(count("select count(*) from act_ru_task t join recipient r on r.process_instance_id = t.proc_inst_id_ "
                + "where r.directive_id = ? and t.task_def_key_ = 'Task_AcknowledgeReceipt'", directiveId)).isEqualTo(n);
        OutboxDelivery.Pass firstPass = delivery.deliverDue();
        assertThat(firstPass.failed()).isEqualTo(n);
        assertOutbox(directiveId, n, NotificationStatus.PENDING, 1);
        assertThat(jdbc.queryForList("select last_error from notification where directive_id = ?", String.class,
                directiveId)).hasSize(n).allSatisfy(error -> assertThat(error).isNotBlank());
        assertThat(incidents(directiveId)).isZero();
        assertThat(jobsOfUnits(directiveId)).as("no job of the units' instances fails or waits for mail").isZero();
        System.out.printf("[faults/mail] SMTP down: %d units dispatched, %d ack tasks, 0 jobs failed, %d mails "
                + "failed, outbox %d PENDING (attempts 1), incidents 0%n", n, n, firstPass.failed(), n);

        // nothing is tried again before the wait has passed
        assertThat(delivery.deliverDue()).isEqualTo(new OutboxDelivery.Pass(0, 0));

        // still down at the first retry, five minutes later
        advanceClock(RETRY_WAIT_MILLIS);
        assertThat(delivery.deliverDue().failed()).isEqualTo(n);
        assertOutbox(directiveId, n, NotificationStatus.PENDING, 2);

        // the server comes back: the next retry delivers every mail, once
        smtp.start();
        advanceClock(RETRY_WAIT_MILLIS);
        OutboxDelivery.Pass third = delivery.deliverDue();
        assertThat(third.failed()).isZero();
        assertThat(third.delivered()).isEqualTo(n);
        assertOutbox(directiveId, n, NotificationStatus.SENT, 3);
        Map<String, Integer> perAddress = Faults.mailsPerAddress(smtp);
        assertThat(perAddress).containsOnlyKeys(units.stream().map(Faults::email).toList());
        assertThat(perAddress.values()).allMatch(c -> c == 1);

        // a send replayed after its mail went out (e.g. its commit failed) finds the row SENT and mails nothing
        List<Long> ids = jdbc.queryForList("select id from notification where directive_id = ? and kind = 'DISPATCH'",
                Long.class, directiveId);
        for (long id : ids) {
            assertThat(sender.send(id)).isEqualTo(NotificationStatus.SENT);
        }
        assertThat(delivery.deliverDue()).isEqualTo(new OutboxDelivery.Pass(0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(n);
        System.out.printf("[faults/mail] SMTP back after 2 failed rounds: %d mails sent in round 3, %d mails received, "
                + "max %d per address, outbox SENT %d (attempts 3 each); %d replayed sends mailed 0 more%n",
                third.delivered(), smtp.getReceivedMessages().length,
                perAddress.values().stream().max(Integer::compare).orElse(0), n, ids.size());
    }

    @Test
    void aLongOutageSlowsTheRetriesAndLosesNothing() {
        int n = 3;
        List<String> units = Faults.insertUnits(jdbc, "su-co", n);
        identitySetup.synchronize();

        long directiveId = approve("V/v thử máy chủ thư hỏng kéo dài", units);
        assertThat(runDueJobs().failed()).isZero();
        int failures = 0;
        for (int round = 0; round < 5; round++) {
            failures += delivery.deliverDue().failed();
            advanceClock(RETRY_WAIT_MILLIS);
        }
        assertThat(failures).isEqualTo(5 * n);
        assertOutbox(directiveId, n, NotificationStatus.PENDING, 5);
        // after five attempts five minutes apart, the next one waits an hour
        assertThat(delivery.deliverDue()).isEqualTo(new OutboxDelivery.Pass(0, 0));
        assertThat(incidents(directiveId)).isZero();
        assertThat(count("select count(*) from recipient where directive_id = ? and status = 'DISPATCHED'",
                directiveId)).isEqualTo(n);
        System.out.printf("[faults/mail] SMTP down for good: %d failed sends in 5 rounds 5 min apart, then hourly; "
                + "incidents 0, outbox still PENDING%n", failures);

        // mail works again: the hourly retry delivers, with no administrator involved
        smtp.start();
        advanceClock(SLOW_RETRY_WAIT_MILLIS);
        OutboxDelivery.Pass retried = delivery.deliverDue();
        assertThat(retried).isEqualTo(new OutboxDelivery.Pass(n, 0));
        assertOutbox(directiveId, n, NotificationStatus.SENT, 6);
        assertThat(Faults.mailsPerAddress(smtp)).hasSize(n).allSatisfy((address, c) -> assertThat(c).isEqualTo(1));
        System.out.printf("[faults/mail] hourly retry after SMTP back: %d mails, 1 per address%n",
                smtp.getReceivedMessages().length);
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

    private void advanceClock(long millis) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + millis));
    }

    /** Jobs of the units' instances that are due now or failed (timers for later deadlines do not count). */
    private int jobsOfUnits(long directiveId) {
        return count("select count(*) from act_ru_job j join recipient r on r.process_instance_id = j.process_instance_id_ "
                + "where r.directive_id = ? and (j.exception_msg_ is not null or j.duedate_ <= ?)", directiveId,
                ClockUtil.getCurrentTime());
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
