package vn.dang.chidao.numbering;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/** Numbering on a real PostgreSQL, where row locks and READ COMMITTED decide the race. */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
class NumberingOnPostgresTest extends NumberingTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "numbering");
    }
}
