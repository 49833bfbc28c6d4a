package vn.dang.chidao.administration.workbook;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;
import vn.dang.chidao.web.OwnEngine;

/** The round trip and the 3,000-unit province on a real PostgreSQL, in a database of their own. */
@Tag("slow") // PostgreSQL: failsafe, ./mvnw verify
@SpringBootTest(properties = {"camunda.bpm.admin-user.id=quantri",
        "camunda.bpm.admin-user.password=Quan-tri-vien-2026!",
        // the demo directory is the fixture, with its users' demo passwords
        "directive.engine.password-policy.enabled=false"})
@ActiveProfiles(value = {"test", "postgres"}, inheritProfiles = false)
@ExtendWith(OwnEngine.class)
class DirectoryWorkbookOnPostgresTest extends DirectoryWorkbookRoundTrip {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "workbook");
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
