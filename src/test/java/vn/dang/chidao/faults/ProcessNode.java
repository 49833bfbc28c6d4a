package vn.dang.chidao.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import vn.dang.chidao.Application;
import vn.dang.chidao.postgres.RestClientDriver;

/**
 * One engine node as its own JVM process: the application's main class on the test runtime class
 * path (which holds every dependency), so the test can SIGKILL it. Output goes to target/faults/NAME.log.
 */
final class ProcessNode implements AutoCloseable {

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private ProcessNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ProcessNode start(String name, String jdbcUrl, boolean demo, List<String> extraArgs) {
        int port = Faults.freePort();
        Path log = Path.of("target", "faults", name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", classPath(),
                Application.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=" + (demo ? "demo,postgres" : "postgres"),
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.metrics.enabled=false"));
        if (!demo) {
            command.addAll(NodeSettings.productionAdmin());
        }
        command.addAll(extraArgs);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(new File(".").getAbsoluteFile()).start();
            ProcessNode node = new ProcessNode(name, port, log, process);
            // never leave a node behind, whatever happens to the test JVM
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's class path without empty entries: surefire's ends with a separator, which would put
     * the working directory (and the top-level bpmn/ folder, a second time) on the node's class path.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    RestClientDriver rest() {
        return new RestClientDriver(port);
    }

    /** Up when a demo clerk can read the Công văn process over REST (data, grants and engine are ready). */
    ProcessNode awaitReady(long timeoutMillis) {
        RestClientDriver rest = rest();
        Faults.await(name + " ready (see " + log + ")", timeoutMillis, () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                return rest.status("soanthao", "GET", "/process-definition/key/cong-van", null) == 200;
            } catch (UncheckedIOException notYet) {
                return false;
            }
        });
        return this;
    }

    long pid() {
        return process.pid();
    }

    /** kill -9: no shutdown hook, no rollback by the application, open transactions die with the connection. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> logLines(String containing) {
        return logText().lines().filter(l -> l.contains(containing)).toList();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
