package vn.dang.chidao.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor find due jobs through an index instead of reading the whole job table. With
 * {@code ensureJobDueDateNotNull} and {@code jobExecutorAcquireByDueDate} (application.yaml) the acquisition
 * query is "due date ≤ now, oldest first, 10 rows": on an index on DUEDATE_ it reads the due jobs only, however
 * many future reminders and escalations wait in the table (one pair per unit and assignment). Without it,
 * PostgreSQL read the table sequentially for every acquisition: the benchmark counted 1.95 billion rows read
 * from ACT_RU_JOB in one run, and the timer storm slowed from 253 to 86 jobs/s once 66,000 future timers existed.
 * The engine creates its schema itself, so the indexes are added here, once the schema exists (idempotent).
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "ACT_IDX_JOB_DUEDATE";
    static final String LOCKED_INDEX = "ACT_IDX_JOB_LOCKED_PROCINST";

    private DataSource dataSource;
    private String databaseType;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
        databaseType = configuration.getDatabaseType();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create index if not exists " + INDEX + " on ACT_RU_JOB (DUEDATE_)");
            if ("postgres".equals(databaseType)) {
                // The acquisition skips a due job while another job of its instance is locked, asking for each
                // candidate whether such a job exists. The engine's index on PROCESS_INSTANCE_ID_ made that read
                // all of the instance's jobs (20 per unit in the timer storm), so a storm's acquisition took 3 ms;
                // this one holds only the few locked jobs. (H2, the quick start's database, has no partial index.)
                s.execute("create index if not exists " + LOCKED_INDEX + " on ACT_RU_JOB (PROCESS_INSTANCE_ID_) "
                        + "where LOCK_OWNER_ is not null and EXCLUSIVE_");
            }
            // jobs written before ensureJobDueDateNotNull have none and would never be acquired
            s.executeUpdate("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp) "
                    + "where DUEDATE_ is null");
        } catch (SQLException e) {
            throw new ProcessEngineException("cannot create the job acquisition index " + INDEX, e);
        }
    }
}
