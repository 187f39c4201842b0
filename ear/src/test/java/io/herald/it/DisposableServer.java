package io.herald.it;

import io.herald.testserver.ServerDirectory;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Herald of one test's own: the configuration of the server under test copied under {@code target/}
 * (so on PostgreSQL when that one is: the database is then {@code HERALD_DB_URL} of the test's
 * environment, which this server inherits), with its own data directory and ports, started from its
 * own launch script so the test can kill it (SIGKILL), stop it (SIGTERM) and start it again on the same data, as an operator's server would be.
 */
final class DisposableServer implements AutoCloseable {

    private static final Duration BOOT = Duration.ofSeconds(240);

    private final Path base;
    private final int offset;
    private final List<String> options;
    private final String adminPassword;
    private Process launcher;

    private DisposableServer(Path base, int offset, List<String> options, String adminPassword) {
        this.base = base;
        this.offset = offset;
        this.options = options;
        this.adminPassword = adminPassword;
    }

    /**
     * A fresh server directory {@code target/<name>} ({@code <name>-postgresql} beside the PostgreSQL server)
     * with the EAR in its deployment folder.
     * {@code options} are system properties for the server ({@code -Dname=value}).
     */
    static DisposableServer prepare(String name, int offset, String... options) throws IOException {
        Path base = ServerDirectory.fresh(Path.of(System.getProperty("herald.it.work.dir", "target")).toAbsolutePath()
                .resolve(Herald.ON_POSTGRESQL ? name + "-postgresql" : name), Herald.SERVER_BASE.resolve("configuration"));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("herald.ear")), deployments.resolve("herald.ear"));
        return new DisposableServer(base, offset, List.of(options), Herald.ADMIN_PASSWORD);
    }

    /**
     * This server's directory (configuration and data) to be started, once this one has stopped, with
     * other system properties and with herald-admin's password as its configuration now holds it.
     */
    DisposableServer restarted(String adminPassword, String... options) {
        return new DisposableServer(base, offset, List.of(options), adminPassword);
    }

    Path configuration() {
        return base.resolve("configuration");
    }

    String http() {
        return "http://" + Herald.HOST + ":" + httpPort();
    }

    String ws() {
        return "ws://" + Herald.HOST + ":" + httpPort();
    }

    int httpPort() {
        return 8080 + offset;
    }

    int wssPort() {
        return 9502 + offset;
    }

    int managementPort() {
        return 9990 + offset;
    }

    Path log() {
        return base.resolve("log/server.log");
    }

    /** Starts the server and waits until Herald's admin API answers. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("herald.server.dir") + "/bin/standalone.sh",
                "-c", "standalone-full.xml", "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        launcher = builder.start();
        Instant deadline = Instant.now().plus(BOOT);
        while (!ready()) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the server in " + base + " did not come up:\n" + consoleTail());
            }
            Thread.sleep(250);
        }
    }

    private boolean ready() {
        try {
            return admin("GET", "/admin/loom/apps", null).statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    HttpResponse<String> admin(String method, String path, String jsonBody) throws Exception {
        return Herald.request(http() + path, method, Herald.basic(Herald.ADMIN_USER, adminPassword), jsonBody);
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        return Herald.request(http() + path, "GET", authorization, null);
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no flush, nothing runs. */
    void kill() throws Exception {
        end(true);
    }

    /** SIGTERM to the server's JVM, as an init system stops it, and waits for it to exit. */
    void stop() throws Exception {
        end(false);
    }

    /** The management operation {@code shutdown}, through the server's own CLI, and waits for it to exit. */
    void shutdownThroughManagement() throws Exception {
        Process cli = new ProcessBuilder(System.getProperty("herald.server.dir") + "/bin/jboss-cli.sh", "-c",
                "--controller=" + Herald.HOST + ":" + managementPort(), "--command=shutdown")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!cli.waitFor(2, TimeUnit.MINUTES) || !launcher.waitFor(2, TimeUnit.MINUTES)) {
            throw new AssertionError("the server in " + base + " did not shut down");
        }
        launcher = null;
    }

    private void end(boolean forcibly) throws Exception {
        if (launcher == null) {
            return;
        }
        for (ProcessHandle jvm : launcher.descendants().toList()) {
            if (forcibly) {
                jvm.destroyForcibly();
            } else {
                jvm.destroy();
            }
            jvm.onExit().get(2, TimeUnit.MINUTES);
        }
        if (!launcher.waitFor(1, TimeUnit.MINUTES)) {
            launcher.destroyForcibly();
        }
        launcher = null;
    }

    @Override
    public void close() throws Exception {
        end(true);
    }

    private String consoleTail() throws IOException {
        List<String> lines = Files.readAllLines(base.resolve("console.log"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
