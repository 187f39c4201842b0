package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.tools.QueueProducer;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Demo credentials work in demo mode only. A server of its own runs first as a demo
 * ({@code herald.demo=true}), where every credential the README publishes must let its client in;
 * then provisioning for production (no README password in the environment) and a restart without
 * demo mode, on the same database, must refuse every one of them.
 */
class DemoModeIT {

    /** Ports of this test's own server: 8880 (HTTP), 10302 (wss), 10790 (management). */
    private static final int OFFSET = Integer.getInteger("herald.it.demo.port.offset", 800);

    /** No Loom secret: demo mode supplies the README's; the production server gets one of its own. */
    private static final String[] SERVER_OPTIONS = {
        "-Dherald.wss.keystore.path=" + System.getProperty("herald.it.keystore"),
        "-Dherald.wss.keystore.password=" + System.getProperty("herald.it.keystore.password"),
    };

    private static final String WELCOME = "{\"type\":\"welcome\"}";

    /** The README's Loom demo token (organization demo-org, app demo-app, valid until 2036). */
    private static final String LOOM_DEMO_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJPcmdhbml6YXRpb24vZGVtby1v"
            + "cmciLCJhdWQiOiJkZW1vLWFwcCIsImV4cCI6MjA4Mjc1ODQwMH0.eBeQiQcS_KrXTt8b6DYQYuP1S_5Z2WswzzdxDBeCZJ0";

    /** Waits for a frame and for a close at once (the common pool may have a single thread). */
    private static final ExecutorService WAITERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "demo-mode-it-waiter");
        thread.setDaemon(true);
        return thread;
    });

    /** A README demo credential, tried against a server: whether it let its client in. */
    private interface Credential {
        boolean accepted(DisposableServer server) throws Exception;
    }

    /** Every credential of the README's "Demo credentials", by name. */
    private static Map<String, Credential> readmeCredentials() {
        Map<String, Credential> credentials = new LinkedHashMap<>();
        credentials.put("admin password", server -> server.get("/admin/loom/apps",
                Herald.basic("herald-admin", "HeraldAdmin1!")).statusCode() == 200);
        credentials.put("producer password", server -> producerConnects(server, "herald-producer", "HeraldProducer1!"));
        credentials.put("OpenBazaar Basic", server -> upgraded(server.ws() + "/ws",
                Map.of("Authorization", Herald.basic("demo", "demo-password"))));
        credentials.put("OpenBazaar cookie", server -> upgraded(server.ws() + "/ws",
                Map.of("Cookie", "OpenBazaar_Auth_Cookie=demo-cookie")));
        credentials.put("eWallet client", server -> upgraded(server.ws() + "/api/socket",
                EwalletWire.headers(EwalletWire.pair("OMGClient", "demo-api-key", "demo-auth-token"))));
        credentials.put("eWallet provider", server -> upgraded(server.ws() + "/api/socket",
                EwalletWire.headers(EwalletWire.pair("OMGProvider", "demo-access-key", "demo-secret-key"))));
        for (String token : List.of("demo-chat-token-1", "demo-chat-token-2")) {
            credentials.put("chat " + token, server -> chatSignsIn(server, token));
        }
        for (String token : List.of("demo-wazo-user", "demo-wazo-admin")) {
            credentials.put("Wazo " + token, server -> Wazo.INIT_V1.equals(firstOutcome(WsClient.connect(Wazo.TLS,
                    "wss://" + Herald.HOST + ":" + server.wssPort() + "/?token=" + token, Map.of()).open())));
        }
        credentials.put("Loom demo-app", server -> WELCOME.equals(firstOutcome(WsClient.connect(server.ws() + "/websocket",
                Map.of("Authorization", "Bearer " + LOOM_DEMO_TOKEN,
                        "Sec-WebSocket-Protocol", "actioncable-v1-json")).open())));
        return credentials;
    }

    @Test
    void demoCredentialsLeftByADemoRunAreRefusedOnceDemoModeIsOff() throws Exception {
        Map<String, Credential> credentials = readmeCredentials();
        String operatorPassword = UUID.randomUUID().toString();
        try (DisposableServer demo = DisposableServer.prepare("demo-mode-server", OFFSET,
                withOption("-Dherald.demo=true"))) {
            demo.start();
            assertEquals(List.of(), names(credentials, demo, false), "README credentials refused in demo mode");
            demo.stop();

            provisionForProduction(demo.configuration(), operatorPassword);
            try (DisposableServer production = demo.restarted(operatorPassword,
                    withOption("-Dherald.loom.jwt.hs256-secret=" + UUID.randomUUID() + UUID.randomUUID()))) {
                production.start();
                assertEquals(List.of(), names(credentials, production, true),
                        "README credentials accepted with demo mode off");
            }
        }
    }

    private static String[] withOption(String option) {
        List<String> options = new ArrayList<>(List.of(SERVER_OPTIONS));
        options.add(option);
        return options.toArray(String[]::new);
    }

    /** The names of the credentials the server accepted ({@code accepted} true) or refused. */
    private static List<String> names(Map<String, Credential> credentials, DisposableServer server, boolean accepted)
            throws Exception {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Credential> credential : credentials.entrySet()) {
            if (credential.getValue().accepted(server) == accepted) {
                names.add(credential.getKey());
            }
        }
        return names;
    }

    /**
     * wildfly-config/provision.sh as an operator runs it for production: herald-admin's password of
     * their own, none for herald-producer (that user will come from add-user.sh).
     */
    private static void provisionForProduction(Path configuration, String adminPassword) throws Exception {
        Path serverDir = Path.of(System.getProperty("herald.server.dir"));
        ProcessBuilder provision = new ProcessBuilder("bash",
                serverDir.resolve("../../provision.sh").normalize().toString(), serverDir.toString())
                .redirectErrorStream(true);
        provision.environment().remove("HERALD_PRODUCER_PASSWORD");
        provision.environment().put("HERALD_ADMIN_PASSWORD", adminPassword);
        provision.environment().put("HERALD_CONFIG_DIR", configuration.toString());
        Process process = provision.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(true, process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0, output);
    }

    private static boolean producerConnects(DisposableServer server, String user, String password) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(QueueProducer.brokerUrl(Herald.HOST, server.httpPort()))
                .createConnection(user, password)) {
            connection.start();
            return true;
        } catch (JMSSecurityException refused) {
            return false;
        }
    }

    private static boolean upgraded(String url, Map<String, String> headers) throws Exception {
        WsClient.Attempt attempt = WsClient.connect(url, headers);
        if (attempt.client() == null) {
            return false;
        }
        attempt.client().close();
        return true;
    }

    private static boolean chatSignsIn(DisposableServer server, String token) throws Exception {
        WsClient client = WsClient.connect(server.ws() + "/chat/ws", Map.of()).open();
        client.send(ChatIdentities.auth("auth", token));
        return firstOutcome(client).contains("\"status\":200");
    }

    /** The first frame the server sends, or its close ("close <code>") when it closes first; the client is closed. */
    private static String firstOutcome(WsClient client) throws Exception {
        try (client) {
            CompletableFuture<String> frame = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.next();
                } catch (InterruptedException e) {
                    throw new CompletionException(e);
                }
            }, WAITERS);
            CompletableFuture<String> close = CompletableFuture.supplyAsync(() -> {
                try {
                    return "close " + client.awaitClose().code();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, WAITERS);
            return (String) CompletableFuture.anyOf(frame, close).get();
        }
    }
}
