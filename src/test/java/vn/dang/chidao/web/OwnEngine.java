package vn.dang.chidao.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The webapps and the REST API look the engine "default" up in the JVM-wide {@link ProcessEngines}
 * registry, where every cached test context registered its own: before each test of a web test class,
 * point it at this context's engine.
 */
public class OwnEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        ProcessEngines.registerProcessEngine(engine);
    }
}
