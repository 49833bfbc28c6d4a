package vn.dang.chidao.process;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The whole application on an in-memory H2 with the demo committee; jobs and clock driven by the test. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
public abstract class WorkflowTestBase {

    protected static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected JdbcTemplate jdbc;

    protected WorkflowDriver driver;

    @BeforeEach
    void initEngineAssertions() {
        BpmnAwareTests.init(engine);
        driver = new WorkflowDriver(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    protected LocalDate today() {
        return LocalDate.now(ZONE);
    }

    protected long directiveId(String processInstanceId) {
        return jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class,
                processInstanceId);
    }

    protected long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
