package vn.dang.chidao.process.identity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs after the demo data (order 0), so a fresh demo starts with groups, grants and filters in place. */
@Component
class StartupSetup {

    private final IdentitySetup identity;
    private final TaskFilters filters;

    StartupSetup(IdentitySetup identity, TaskFilters filters) {
        this.identity = identity;
        this.filters = filters;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void onReady() {
        identity.synchronize();
        filters.synchronize();
    }
}
