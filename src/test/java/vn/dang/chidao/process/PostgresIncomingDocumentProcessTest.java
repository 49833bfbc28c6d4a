package vn.dang.chidao.process;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/** Every Văn bản đến path again on a real PostgreSQL: the original file as bytea, số đến counters, the BC number. */
@Tag("slow") // PostgreSQL: failsafe, ./mvnw verify
@ActiveProfiles(value = {"demo", "test", "postgres"}, inheritProfiles = false)
class PostgresIncomingDocumentProcessTest extends IncomingDocumentProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "incoming");
    }
}
