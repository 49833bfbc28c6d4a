package vn.dang.chidao.administration.workbook;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.web.OwnEngine;

/** The round trip and the 3,000-unit province on an H2 database of their own, without the demo directory. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:workbook-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=quantri", "camunda.bpm.admin-user.password=Quan-tri-vien-2026!",
        // the demo directory is the fixture, with its users' demo passwords
        "directive.engine.password-policy.enabled=false"})
@ActiveProfiles("test")
@ExtendWith(OwnEngine.class)
class DirectoryWorkbookOnH2Test extends DirectoryWorkbookRoundTrip {

    @Override
    String database() {
        return "H2";
    }
}
