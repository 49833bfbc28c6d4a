package vn.dang.chidao.web.admin;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/** The administrator's endpoints on a real PostgreSQL: the merger's and the term checks' SQL as production runs it. */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
class AdminRestOnPostgresTest extends AdminRestTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "adminrest");
    }
}
