package vn.dang.chidao.engine;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
class EngineSchemaOnPostgresTest extends EngineSchemaTests {

    @Override
    DataSource newDatabase(String name) {
        EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getDatabase("postgres", name);
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
