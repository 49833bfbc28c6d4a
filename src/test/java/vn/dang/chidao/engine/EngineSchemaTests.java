package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's tables as migrations (EngineSchema): created on a new database, taken over on an installation whose
 * engine created them itself, refused when they are of another release; the engine accepts what Flyway made.
 */
abstract class EngineSchemaTests {

    /** A new, empty database for each test. */
    abstract DataSource newDatabase(String name);

    abstract String vendor();

    @Test
    void aNewDatabaseGetsCamundasTablesAndOursAndTheEngineAcceptsThem() {
        DataSource db = newDatabase("schema_new");
        EngineSchema.migrate(db);
        EngineSchema.migrate(db);
        assertThat(history(db)).containsExactly("7.24.0.1", "7.24.0.2", "7.24.0.3", "7.24.0.4", "7.24.0.5",
                "7.24.0.6", "7.24.0.7", "7.24.0.100");
        ProcessEngine engine = engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        try {
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        } finally {
            engine.close();
        }
        assertThat(projectMigrations(db).migrate().migrationsExecuted).as("the project's after the engine's")
                .isGreaterThan(5);
    }

    @Test
    void anInstallationWhoseEngineCreatedItsTablesKeepsThemAndGetsOnlyOurMigrations() {
        DataSource db = newDatabase("schema_existing");
        // as before EngineSchema: the project's migrations, then the engine with schema-update true
        projectMigrations(db).migrate();
        engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).close();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into ACT_GE_PROPERTY (NAME_, VALUE_, REV_) values ('kept', 'yes', 1)");

        EngineSchema.migrate(db);
        assertThat(history(db)).containsExactly(EngineSchema.CREATED, "7.24.0.100");
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'kept'", String.class))
                .isEqualTo("yes");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is null", Long.class))
                .isZero();
        engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE).close();
        assertThat(projectMigrations(db).migrate().migrationsExecuted).isZero();
    }

    @Test
    void engineTablesOfAnotherReleaseAreRefused() {
        DataSource db = newDatabase("schema_other");
        engine(db, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE).close();
        new JdbcTemplate(db).update("update ACT_GE_SCHEMA_LOG set VERSION_ = '7.23.0'");
        assertThatThrownBy(() -> EngineSchema.migrate(db)).hasMessageContaining("7.23.0")
                .hasMessageContaining("docs/engine.md");
    }

    /** Each create script is Camunda's, unchanged: the engine checks the tables against its own. */
    @Test
    void camundasCreateScriptsAreCopiedUnchanged() throws IOException {
        String camunda = vendor().equals("postgresql") ? "postgres" : vendor();
        List<String> parts = List.of("engine", "history", "identity", "case.engine", "case.history",
                "decision.engine", "decision.history");
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (int i = 0; i < parts.size(); i++) {
            Resource[] ours = resolver.getResources("classpath:db/engine/" + vendor() + "/V7_24_0_" + (i + 1) + "__*.sql");
            assertThat(ours).as(parts.get(i)).hasSize(1);
            try (InputStream copy = ours[0].getInputStream(); InputStream original = ProcessEngine.class
                    .getResourceAsStream("/org/camunda/bpm/engine/db/create/activiti." + camunda + ".create."
                            + parts.get(i) + ".sql")) {
                assertThat(original).as(parts.get(i)).isNotNull();
                assertThat(copy.readAllBytes()).as(ours[0].getFilename()).isEqualTo(original.readAllBytes());
            }
        }
    }

    private static List<String> history(DataSource db) {
        return new JdbcTemplate(db).queryForList("select \"version\" from \"" + EngineSchema.HISTORY_TABLE
                + "\" where \"success\" and \"version\" is not null order by \"installed_rank\"", String.class);
    }

    /** The project's migrations as Spring Boot runs them (application.yaml). */
    private Flyway projectMigrations(DataSource db) {
        return Flyway.configure().dataSource(db)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static ProcessEngine engine(DataSource db, String schemaUpdate) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setDataSource(db);
        cfg.setDatabaseSchemaUpdate(schemaUpdate);
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        cfg.setJobExecutorActivate(false);
        cfg.setMetricsEnabled(false);
        cfg.setProcessEngineName("schema-" + System.nanoTime());
        return cfg.buildProcessEngine();
    }
}
