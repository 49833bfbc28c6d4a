package vn.dang.chidao.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's tables are Flyway migrations (db/engine/{vendor}: Camunda 7.24.0's own create scripts, copied
 * unchanged, then ours), kept in their own history table and run before the project's migrations, so a project
 * migration may read engine tables. The engine itself only checks them ({@code schema-update: false}).
 * <p>
 * An installation from before this class has the engine tables already, created by the engine: their history is
 * started at {@link #CREATED} (after Camunda's create scripts), so only our own engine migrations run there. Tables
 * of another engine release are refused: their upgrade scripts must be added first (docs/engine.md).
 */
@Configuration(proxyBeanMethods = false)
public class EngineSchema {

    static final String HISTORY_TABLE = "engine_schema_history";
    /** The version the engine tables have once Camunda's create scripts ran. */
    static final String CREATED = "7.24.0.7";
    static final String ENGINE_RELEASE = "7.24.0";
    private static final Set<String> VENDORS = Set.of("h2", "postgresql");

    private static final Logger log = LoggerFactory.getLogger(EngineSchema.class);

    /** Spring Boot's Flyway (the project's migrations) runs after the engine's. */
    @Bean
    FlywayMigrationStrategy engineSchemaFirst() {
        return projectFlyway -> {
            migrate(projectFlyway.getConfiguration().getDataSource());
            projectFlyway.migrate();
        };
    }

    /** Creates or updates the engine tables; idempotent. */
    public static void migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        FluentConfiguration configuration = Flyway.configure(EngineSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/engine/" + vendor)
                // project tables without engine tables: nothing of the engine yet, everything runs
                .baselineOnMigrate(true)
                .baselineVersion(ENGINE_RELEASE)
                .baselineDescription("no engine tables");
        if (createdByTheEngine(dataSource)) {
            log.info("Engine tables created by Camunda {} itself: their migration history starts at {}",
                    ENGINE_RELEASE, CREATED);
            Flyway.configure(EngineSchema.class.getClassLoader()).dataSource(dataSource).table(HISTORY_TABLE)
                    .baselineVersion(CREATED)
                    .baselineDescription("engine tables created by Camunda " + ENGINE_RELEASE)
                    .load().baseline();
        }
        configuration.load().migrate();
    }

    /** Engine tables, but no history of ours: an installation that let the engine create its schema. */
    private static boolean createdByTheEngine(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            // engine tables first: while another node runs Flyway, its history table exists before they do
            if (!tableExists(c, "ACT_GE_PROPERTY") || tableExists(c, HISTORY_TABLE)) {
                return false;
            }
            List<String> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
            if (!versions.contains(ENGINE_RELEASE)) {
                throw new IllegalStateException("The engine tables are of Camunda " + versions + ", this application "
                        + "runs " + ENGINE_RELEASE + ": upgrade them with Camunda's upgrade scripts first "
                        + "(docs/engine.md, Engine schema)");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the engine tables", e);
        }
    }

    private static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String vendor = DatabaseDriver.fromProductName(c.getMetaData().getDatabaseProductName()).getId();
            if (!VENDORS.contains(vendor)) {
                throw new IllegalStateException("no engine schema migrations for " + vendor + " (db/engine): "
                        + "H2 and PostgreSQL only");
            }
            return vendor;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's product name", e);
        }
    }

    static boolean tableExists(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : new String[] {name, name.toLowerCase(), name.toUpperCase()}) {
            try (ResultSet rs = meta.getTables(connection.getCatalog(), null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
