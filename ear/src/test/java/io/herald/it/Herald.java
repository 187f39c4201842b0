package io.herald.it;

import io.herald.tools.QueueProducer;
import jakarta.jms.JMSException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Where the server under test listens, and the credentials the build provisioned. The build runs the
 * tests against two servers (ear/pom.xml): its own, on H2, and a second one whose HeraldDS is PostgreSQL;
 * {@code herald.it.db} names the one this test run is for, and that server's settings are
 * {@code herald.<name>}, or {@code herald.pg.<name>} for the PostgreSQL one.
 */
final class Herald {

    static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("herald.it.db"));

    static final String HOST = "127.0.0.1";
    static final int HTTP_PORT = port("http.port", 8080);
    static final String HTTP = "http://" + HOST + ":" + HTTP_PORT;
    static final String WS = "ws://" + HOST + ":" + HTTP_PORT;
    static final int MANAGEMENT_PORT = port("management.port", 9990);
    static final String MANAGEMENT = "http://" + HOST + ":" + MANAGEMENT_PORT;
    /** The herald-wss TLS listener (Wazo), with the test certificate: see {@link SelfSignedTls}. */
    static final int WSS_PORT = port("wss.port", 9502);
    /** The server's base directory (configuration, log, data): WildFly's standalone/ or the PostgreSQL server's own. */
    static final Path SERVER_BASE = Path.of(System.getProperty("herald.it.server.base",
            System.getProperty("herald.server.dir") + "/standalone"));
    static final Path SERVER_LOG = SERVER_BASE.resolve("log/server.log");
    static final String WSS = "wss://" + HOST + ":" + WSS_PORT;

    static final String ADMIN_USER = "herald-admin";
    static final String ADMIN_PASSWORD = System.getProperty("herald.admin.password", "HeraldAdmin1!");
    static final String PRODUCER_USER = "herald-producer";
    static final String PRODUCER_PASSWORD = System.getProperty("herald.producer.password", "HeraldProducer1!");

    static final Duration WAIT = Duration.ofSeconds(20);

    private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder().connectTimeout(WAIT).build();

    private Herald() {
    }

    /** A port (or port offset) of the server under test, {@code standard} when the build gives none. */
    static int port(String name, int standard) {
        return Integer.getInteger((ON_POSTGRESQL ? "herald.pg." : "herald.") + name, standard);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> http(String method, String path, String authorization, String jsonBody) throws Exception {
        return request(HTTP + path, method, authorization, jsonBody);
    }

    /** A GET on WildFly's management interface (health, metrics). */
    static HttpResponse<String> management(String path) throws Exception {
        return request(MANAGEMENT + path, "GET", null, null);
    }

    /** One HTTP request to any server, the test's own included. */
    static HttpResponse<String> request(String url, String method, String authorization, String jsonBody)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(WAIT)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs one management command on the server under test with its own CLI (local authentication:
     * same machine, same user), failing the test if it does not succeed.
     */
    static void cli(String command) throws Exception {
        cliOutput(command);
    }

    /** Like {@link #cli}, returning what the CLI printed (the operation's result in DMR form). */
    static String cliOutput(String command) throws Exception {
        Process cli = new ProcessBuilder(System.getProperty("herald.server.dir") + "/bin/jboss-cli.sh", "-c",
                "--controller=" + HOST + ":" + MANAGEMENT_PORT, "--command=" + command)
                .redirectErrorStream(true).start();
        String output = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!cli.waitFor(WAIT.toSeconds() * 3, java.util.concurrent.TimeUnit.SECONDS) || cli.exitValue() != 0
                || !output.contains("success")) {
            throw new AssertionError("jboss-cli " + command + " failed: " + output);
        }
        return output;
    }

    /** A JMS connection as the operator (role herald-admin), who alone may read the dead-letter queues. */
    static QueueProducer operatorJms() throws JMSException {
        return new QueueProducer(HOST, HTTP_PORT, ADMIN_USER, ADMIN_PASSWORD);
    }

    /** An admin API call as the provisioned herald-admin user. */
    static HttpResponse<String> admin(String method, String path, String jsonBody) throws Exception {
        return http(method, path, basic(ADMIN_USER, ADMIN_PASSWORD), jsonBody);
    }
}
