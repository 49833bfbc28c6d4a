package vn.dang.chidao.engine;

import java.util.Collection;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The engine's own view of who sees everything; only the engine's configuration class knows its admins. */
public final class EngineAdmins {

    private EngineAdmins() {
    }

    /** Authorization checks off, or the caller is one of the configured administrator users or groups. */
    public static boolean seesEverything(ProcessEngine engine, String userId, Collection<String> groupIds) {
        ProcessEngineConfigurationImpl conf = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return !conf.isAuthorizationEnabled()
                || conf.getAdminUsers() != null && conf.getAdminUsers().contains(userId)
                || conf.getAdminGroups() != null && groupIds.stream().anyMatch(conf.getAdminGroups()::contains);
    }
}
