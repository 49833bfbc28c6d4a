package vn.dang.chidao.progress;

import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.web.OwnEngine;

/**
 * The application on a random port (demo committee, in-memory H2, jobs driven by the test), with one
 * {@link ProgressScenario} directive whose four units are in the four statuses. The clock stands at the
 * scenario's "now" during each test. REST and browser tests share this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProgressAppTestBase {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    ProgressScenario scenario;
    long directiveId;

    abstract String subject();

    @BeforeAll
    void runScenario() {
        try {
            scenario = ProgressScenario.run(engine, subject());
        } finally {
            ClockUtil.reset();
        }
        directiveId = jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class,
                scenario.directive.getId());
    }

    @BeforeEach
    void standAtTheScenariosNow() {
        ClockUtil.setCurrentTime(Date.from(scenario.now.atTime(LocalTime.of(9, 30)).atZone(ProgressScenario.ZONE)
                .toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
