package vn.dang.chidao.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's password policy (at least 10 characters with upper and lower case, a digit and a special character) for
 * every password set once the application runs: users changing their own password in Tasklist or Admin, and
 * administrators creating users. It is switched on after start-up, once the administrator from the environment
 * (checked by AdminAccountGuard) and, in the demo, the demo users with their fixed password exist.
 */
@Component
@ConditionalOnProperty(name = "directive.engine.password-policy.enabled", havingValue = "true", matchIfMissing = true)
class PasswordPolicySetup {

    private final ProcessEngine engine;

    PasswordPolicySetup(ProcessEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void onReady() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.getPasswordPolicy() == null) {
            configuration.setPasswordPolicy(new DefaultPasswordPolicyImpl());
        }
        configuration.setEnablePasswordPolicy(true);
    }
}
