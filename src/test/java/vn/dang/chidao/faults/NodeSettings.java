package vn.dang.chidao.faults;

import java.util.List;

/** Settings every extra node needs outside the demo profile. */
final class NodeSettings {

    private NodeSettings() {
    }

    /** Outside "demo" the application insists on a real administrator account (AdminAccountGuard). */
    static List<String> productionAdmin() {
        return List.of("--camunda.bpm.admin-user.id=quantri", "--camunda.bpm.admin-user.password=Ch1-dao-kiem-thu-su-co");
    }
}
