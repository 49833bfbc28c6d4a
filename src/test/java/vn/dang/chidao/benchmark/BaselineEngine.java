package vn.dang.chidao.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The bare Camunda engine of the same version on its own database of the same PostgreSQL server, with the
 * application's job executor settings (copied from the running application, so a tuning of application.yaml
 * applies to both), AUDIT history, UUID ids, JSON serialization (Spin) and the same connection pool size.
 * It deploys our own BPMN files ({@link #MODELS}, from {@code bpmn/}: no copies that could drift from the models
 * being measured) with the no-op beans of {@link BaselineDelegates}. Authorization checks are off: the engine's default, which is what
 * "bare" means here; everything else our application adds (authorization, project tables, document, outbox,
 * task titles, Spring eventing) is in the ratio.
 */
final class BaselineEngine extends EngineUnderTest implements AutoCloseable {

    /** The models a Công văn's life runs through, deployed as they are. */
    static final List<String> MODELS = List.of("cong-van.bpmn", "draft-and-approve.bpmn", "issue-directive.bpmn",
            "unit-work.bpmn", "directive-summary.bpmn");

    private final HikariDataSource dataSource;
    private final Map<String, List<String>> groups;

    private BaselineEngine(ProcessEngine engine, HikariDataSource dataSource, TimerRunCounter timerRuns,
                           Map<String, List<String>> groups) {
        super(BASELINE, engine, new JdbcTemplate(dataSource), timerRuns);
        this.dataSource = dataSource;
        this.groups = groups;
    }

    /**
     * @param app         the application's engine configuration: job executor and engine flags are copied
     * @param properties  the application's camunda.bpm properties: job executor thread pool
     * @param dispatchBatchSize units per dispatch transaction, as the application's
     * @param officeUsers the demo users who draft, check, sign and accept, with their groups in the application
     */
    static BaselineEngine start(BenchmarkDatabase db, ProcessEngineConfigurationImpl app, CamundaBpmProperties properties,
                                int poolSize, int dispatchBatchSize, Map<String, List<String>> officeUsers) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(db.baselineUrl);
        pool.setUsername(db.user);
        pool.setPassword(db.password);
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("baseline");
        HikariDataSource dataSource = new HikariDataSource(pool);

        TimerRunCounter timerRuns = new TimerRunCounter();
        BaselineDelegates delegates = new BaselineDelegates(dispatchBatchSize);

        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("baseline");
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistory(app.getHistoryLevel().getName());
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setDefaultSerializationFormat(app.getDefaultSerializationFormat());
        cfg.setJdbcBatchProcessing(app.isJdbcBatchProcessing());
        cfg.setMetricsEnabled(app.isMetricsEnabled());
        cfg.setDbMetricsReporterActivate(app.isDbMetricsReporterActivate());
        cfg.setEnforceHistoryTimeToLive(app.isEnforceHistoryTimeToLive());
        cfg.setAuthorizationEnabled(false);
        cfg.setBeans(delegates.beans());

        cfg.setJobExecutorActivate(false);
        cfg.setJobExecutorDeploymentAware(app.isJobExecutorDeploymentAware());
        cfg.setJobExecutorAcquireByPriority(app.isJobExecutorAcquireByPriority());
        cfg.setJobExecutorPreferTimerJobs(app.isJobExecutorPreferTimerJobs());
        cfg.setJobExecutorAcquireByDueDate(app.isJobExecutorAcquireByDueDate());
        cfg.setEnsureJobDueDateNotNull(app.isEnsureJobDueDateNotNull());
        cfg.setJobExecutorAcquireExclusiveOverProcessHierarchies(
                app.isJobExecutorAcquireExclusiveOverProcessHierarchies());
        cfg.setJobExecutor(jobExecutor(app.getJobExecutor(), properties.getJobExecution()));

        List<ProcessEnginePlugin> plugins = new ArrayList<>();
        plugins.add(new SpinProcessEnginePlugin());
        plugins.add(timerRuns);
        cfg.setProcessEnginePlugins(plugins);

        ProcessEngine engine = cfg.buildProcessEngine();
        // the application's acquisition indexes (they go with the acquisition settings copied above)
        new org.springframework.jdbc.datasource.init.ResourceDatabasePopulator(new org.springframework.core.io
                .ClassPathResource("db/engine/postgresql/V7_24_0_100__job_acquisition_index.sql")).execute(dataSource);
        deploy(engine);
        return new BaselineEngine(engine, dataSource, timerRuns, new LinkedHashMap<>(officeUsers));
    }

    /** Same acquisition and thread pool as the application's job executor. */
    static DefaultJobExecutor jobExecutor(JobExecutor app, JobExecutionProperty pool) {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setCorePoolSize(pool.getCorePoolSize());
        executor.setMaxPoolSize(pool.getMaxPoolSize());
        executor.setQueueSize(pool.getQueueCapacity());
        executor.setMaxJobsPerAcquisition(app.getMaxJobsPerAcquisition());
        executor.setWaitTimeInMillis(app.getWaitTimeInMillis());
        executor.setMaxWait(app.getMaxWait());
        executor.setWaitIncreaseFactor(app.getWaitIncreaseFactor());
        executor.setLockTimeInMillis(app.getLockTimeInMillis());
        executor.setBackoffTimeInMillis(app.getBackoffTimeInMillis());
        executor.setMaxBackoff(app.getMaxBackoff());
        executor.setBackoffDecreaseThreshold(app.getBackoffDecreaseThreshold());
        return executor;
    }

    private static void deploy(ProcessEngine engine) {
        try {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("baseline")
                    .enableDuplicateFiltering(false);
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            List<Resource> resources = new ArrayList<>();
            for (String model : MODELS) {
                resources.add(resolver.getResource("classpath:bpmn/" + model));
            }
            // the same Camunda Forms as the application, so that the user tasks' formRefs resolve alike
            resources.addAll(List.of(resolver.getResources("classpath*:forms/*.form")));
            if (resources.stream().anyMatch(r -> !r.exists())) {
                throw new IllegalStateException("models not found on the classpath: " + MODELS);
            }
            for (Resource r : resources) {
                try (InputStream in = r.getInputStream()) {
                    deployment.addInputStream(r.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
                }
            }
            deployment.deploy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    List<String> groupsOf(String user) {
        return groups.getOrDefault(user, List.of());
    }

    @Override
    Map<String, Object> checkDispatch(String documentNumber, int units) {
        return Map.of();
    }

    @Override
    Map<String, Object> checkTimerStorm(String documentNumber, int deadlines) {
        return Map.of();
    }

    @Override
    public void close() {
        stopJobExecutor();
        engine.close();
        dataSource.close();
    }
}
