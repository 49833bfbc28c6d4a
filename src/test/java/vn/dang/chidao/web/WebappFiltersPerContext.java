package vn.dang.chidao.web;

import java.lang.reflect.Field;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Test JVMs hold several application contexts. The Camunda webapp starter initialises each context's webapp filters
 * from a JVM-wide static (LazyInitRegistration.APPLICATION_CONTEXT): a context whose embedded Tomcat starts while
 * that static still names the previous context gets filters built from the previous context's beans, and its
 * /camunda/* answers 500 once that context is gone or differs. Clearing the static before each context refreshes
 * leaves the new filters waiting for their own context, which initialises them. Registered in
 * META-INF/spring.factories (tests only).
 */
public class WebappFiltersPerContext implements ContextCustomizerFactory {

    private static final String REGISTRATION =
            "org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Clear();
    }

    /** Equal to every other instance, so it does not split the context cache. */
    static final class Clear implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            try {
                Field field = Class.forName(REGISTRATION).getDeclaredField("APPLICATION_CONTEXT");
                field.setAccessible(true);
                field.set(null, null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the Camunda webapp starter changed: " + REGISTRATION, e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Clear;
        }

        @Override
        public int hashCode() {
            return Clear.class.hashCode();
        }
    }
}
