package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The official {@code @rails/actioncable} client, under Node, receives a JMS-produced Loom event. */
class LoomOfficialClientIT {

    private static final Path CLIENTS = Path.of(System.getProperty("herald.node.clients", "src/test/node"));

    @Test
    void theOfficialActionCableClientReceivesAJmsProducedEvent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String app = "it-official-" + run;
        String org = "official-" + run;
        String name = "mission_control.job_added";
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + app, "{\"events\":[\"" + name + "\"]}").statusCode());

        Process node = new ProcessBuilder("node", "actioncable-client.mjs", Loom.URL, Loom.token(org, app), name, "1",
                String.valueOf(Herald.WAIT.toMillis()))
                .directory(CLIENTS.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture.runAsync(() -> new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(lines::add));
        try {
            assertEquals("connected", lines.poll(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS),
                    "the client's subscription was confirmed");
            try (QueueProducer jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER,
                    Herald.PRODUCER_PASSWORD)) {
                jms.send("herald.loom", Loom.event(org, "official-" + run, name), Map.of());
            }
            String received = lines.poll(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertTrue(received != null, "the client printed the event");
            JsonObject message = Json.createReader(new StringReader(received)).readObject();
            assertEquals("official-" + run, message.getString("id"));
            assertEquals(name, message.getString("name"));
            assertTrue(node.waitFor(Herald.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(0, node.exitValue());
        } finally {
            node.destroyForcibly();
        }
    }
}
