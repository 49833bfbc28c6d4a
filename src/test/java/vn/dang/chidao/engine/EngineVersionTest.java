package vn.dang.chidao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * The classes of vn.dang.chidao.engine and the engine schema migrations (db/engine) are written against one engine
 * release. A new one (a patched 7.24.x, Operaton) fails here first, on purpose.
 */
class EngineVersionTest {

    @Test
    void theEngineIsTheReleaseTheCustomizationsWereCheckedAgainst() {
        assertThat(ProcessEngine.class.getPackage().getImplementationVersion())
                .as("The Camunda engine version changed. Re-read docs/engine.md: check every class listed there against "
                        + "the new engine's sources, add its schema upgrade scripts to db/engine, run "
                        + "./mvnw verify, then change the version here.")
                .isEqualTo("7.24.0");
    }
}
