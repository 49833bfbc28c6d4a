package vn.dang.chidao.web;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/** Every process-integrity case and the full-text seeds again, on a real PostgreSQL. */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
@ActiveProfiles(value = {"demo", "test", "postgres"}, inheritProfiles = false)
class PostgresProcessIntegrityTest extends ProcessIntegrityTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "integrity");
    }
}
