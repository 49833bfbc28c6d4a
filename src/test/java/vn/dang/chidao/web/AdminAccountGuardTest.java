package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminAccountGuardTest {

    private final AdminAccountGuard guard = new AdminAccountGuard();

    @Test
    void productionWithoutAnAdministratorDoesNotStart() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "");
        env.setActiveProfiles("postgres");
        assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining("ADMIN_USER");
    }

    @Test
    void productionWithAWeakPasswordDoesNotStart() {
        for (String weak : new String[] {"", "demo", "admin", "ngan", "Password", "quantri-quantri1"}) {
            MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "quantri")
                    .withProperty("camunda.bpm.admin-user.password", weak);
            env.setActiveProfiles("postgres");
            assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
                    .as(weak).hasMessageContaining("ứng dụng không khởi động");
        }
    }

    @Test
    void aStrongPasswordFromTheEnvironmentIsAccepted() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "quantri")
                .withProperty("camunda.bpm.admin-user.password", "Hu-Bao-Yen#2026!kho");
        env.setActiveProfiles("postgres");
        assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileKeepsItsDemoAdministrator() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "demo")
                .withProperty("camunda.bpm.admin-user.password", "demo");
        env.setActiveProfiles("demo");
        assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }
}
