package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import vn.dang.chidao.process.WorkflowTestBase;
import vn.dang.chidao.process.WorkflowDriver;

/** Every job gets a due date (acquisition reads only the due-date index), jobs written before included. */
class JobAcquisitionIndexTest extends WorkflowTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void asyncJobsHaveADueDateAndOldJobsWithoutOneGetTheirCreationTime() {
        assertThat(count("select count(*) from information_schema.indexes where index_name = 'ACT_IDX_JOB_DUEDATE'"))
                .isPositive();
        String subject = "V/v hạn của công việc nền";
        ProcessInstance pi = driver.startCongVan(subject);
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft(subject, List.of("mttq-bao-yen"), today().plusDays(20)));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        String job = jdbc.queryForObject("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                + "where d.act_id_ = 'Task_GenerateDocument' and j.root_proc_inst_id_ = ?", String.class, pi.getId());
        // the rendering job after the approval is due at once, not "whenever" (null)
        Map<String, Object> times = jdbc.queryForMap("select duedate_, create_time_ from act_ru_job where id_ = ?", job);
        assertThat(times.get("DUEDATE_")).isNotNull();
        assertThat(((java.util.Date) times.get("DUEDATE_")).getTime()
                - ((java.util.Date) times.get("CREATE_TIME_")).getTime()).isBetween(-1000L, 1000L);

        jdbc.update("update act_ru_job set duedate_ = null where id_ = ?", job);
        // the migration, as it runs on an installation whose jobs predate ensureJobDueDateNotNull
        new ResourceDatabasePopulator(new ClassPathResource("db/engine/h2/V7_24_0_100__job_acquisition_index.sql"))
                .execute(dataSource);
        assertThat(count("select count(*) from act_ru_job where duedate_ is null")).isZero();
        assertThat(jdbc.queryForObject("select duedate_ = create_time_ from act_ru_job where id_ = ?", Boolean.class,
                job)).isTrue();
        driver.executeJobs();
        assertThat(driver.unitWork(pi, "mttq-bao-yen")).isNotNull();
    }
}
