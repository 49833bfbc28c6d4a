package vn.dang.chidao.faults;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dang.chidao.Application;

/**
 * The whole application started in the test JVM as its own Spring context, as a further node on the
 * same database would be. Arguments go on the command line, so they win over application-postgres.yaml.
 *
 * <p>Camunda keeps engines in a static registry by name (the REST API looks them up there), and every
 * node here is "default": closing the node restores whichever engine was registered before, so the
 * test JVM's cached contexts keep answering REST calls with their own engine.
 */
final class InJvmNode implements AutoCloseable {

    final ConfigurableApplicationContext context;
    private final ProcessEngine previous;

    private InJvmNode(ConfigurableApplicationContext context, ProcessEngine previous) {
        this.context = context;
        this.previous = previous;
    }

    static InJvmNode start(String jdbcUrl, boolean demo, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.metrics.enabled=false"));
        if (!demo) {
            args.addAll(NodeSettings.productionAdmin());
        }
        args.addAll(List.of(extraArgs));
        ProcessEngine previous = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles(demo ? new String[] {"demo", "postgres"} : new String[] {"postgres"})
                .run(args.toArray(String[]::new));
        return new InJvmNode(context, previous);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        if (previous != null) {
            ProcessEngines.registerProcessEngine(previous);
        }
    }
}
