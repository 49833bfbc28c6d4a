package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import vn.dang.chidao.engine.guard.InputGuard;
import vn.dang.chidao.engine.rest.EngineRestErrors;
import vn.dang.chidao.process.WorkflowDriver;
import vn.dang.chidao.process.WorkflowTestBase;

/**
 * Every customization's switch (docs/engine.md) turns it off without a rebuild, and the application still runs
 * on the bare engine: the beans other code injects (the business clock) stay.
 */
@TestPropertySource(properties = {
        "directive.input-guard.enabled=false",
        "directive.engine.group-authorization-checks.enabled=false",
        "directive.engine.task-list-sort.enabled=false",
        "directive.engine.collision-retry.enabled=false",
        "directive.engine.task-titles.enabled=false",
        "directive.engine.password-policy.enabled=false",
        "directive.engine.rest-errors.enabled=false"})
class EngineSwitchesTest extends WorkflowTestBase {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void everyCustomizationSwitchesOffAndTheWorkflowStillRuns() {
        for (Class<?> customization : List.of(InputGuard.class, GroupAuthorizationChecks.class, TaskListSort.class,
                CollisionRetry.class, TaskTitles.class, PasswordPolicySetup.class, EngineRestErrors.class)) {
            assertThat(context.getBeanNamesForType(customization)).as(customization.getSimpleName()).isEmpty();
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnablePasswordPolicy()).isFalse();

        Instant moved = Instant.parse("2031-05-19T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(moved));
        assertThat(clock.instant()).as("the business clock is still the engine's").isEqualTo(moved);
        ClockUtil.reset();

        String subject = "V/v chạy trên engine không tùy biến";
        ProcessInstance pi = driver.startCongVan(subject);
        assertThat(driver.task("soanthao", pi.getId(), "Task_DraftDirective").getName())
                .as("no directive in the title without TaskTitles").isEqualTo("Soạn thảo văn bản");
        Map<String, Object> draft = new java.util.HashMap<>(
                WorkflowDriver.draft(subject, List.of("mttq-bao-yen"), today().plusDays(20)));
        draft.put("notOnTheForm", "accepted without InputGuard");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", pi.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        assertThat(driver.unitWork(pi, "mttq-bao-yen")).isNotNull();
    }
}
