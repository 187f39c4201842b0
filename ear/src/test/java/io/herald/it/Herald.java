package io.herald.it;

import io.herald.tools.QueueProducer;
import jakarta.jms.JMSException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Where the server under test listens, and the credentials the build provisioned. */
final class Herald {

    static final String HOST = "127.0.0.1";
    static final int HTTP_PORT = Integer.getInteger("herald.http.port", 8080);
    static final String HTTP = "http://" + HOST + ":" + HTTP_PORT;
    static final String WS = "ws://" + HOST + ":" + HTTP_PORT;
    static final String MANAGEMENT = "http://" + HOST + ":" + Integer.getInteger("herald.management.port", 9990);
    /** The herald-wss TLS listener (Wazo), with the test certificate: see {@link SelfSignedTls}. */
    static final int WSS_PORT = Integer.getInteger("herald.wss.port", 9502);
    static final String WSS = "wss://" + HOST + ":" + WSS_PORT;

    static final String ADMIN_USER = "herald-admin";
    static final String ADMIN_PASSWORD = System.getProperty("herald.admin.password", "HeraldAdmin1!");
    static final String PRODUCER_USER = "herald-producer";
    static final String PRODUCER_PASSWORD = System.getProperty("herald.producer.password", "HeraldProducer1!");

    static final Duration WAIT = Duration.ofSeconds(20);

    private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder().connectTimeout(WAIT).build();

    private Herald() {
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
                "--controller=" + HOST + ":" + Integer.getInteger("herald.management.port", 9990), "--command=" + command)
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
