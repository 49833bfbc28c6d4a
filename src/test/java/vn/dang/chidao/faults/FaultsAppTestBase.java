package vn.dang.chidao.faults;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/**
 * One application context for the in-JVM fault tests (so they share its start-up): the demo committee
 * on the shared embedded PostgreSQL, mail to an SMTP port that the mail test opens and closes, and no
 * job executor and no outbox poller: the tests run jobs and deliver the outbox themselves (ManagementService,
 * OutboxDelivery) and skip waits with ClockUtil.
 */
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.metrics.enabled=false",
        "spring.datasource.hikari.maximum-pool-size=12", "directive.outbox-poll-millis=0"})
@ActiveProfiles({"demo", "postgres"})
abstract class FaultsAppTestBase {

    static final String DATABASE = "faults";
    static final int SMTP_PORT = Faults.freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, DATABASE);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    }
}
