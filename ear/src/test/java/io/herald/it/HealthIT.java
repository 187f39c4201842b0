package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Herald's own checks on WildFly's {@code /health}: UP on a healthy server, and liveness DOWN when a
 * protocol's consumer stops taking messages that wait for it (the test server's stall limit is 3 s).
 */
class HealthIT {

    private static final String LOOM_CONSUMER =
            "/deployment=herald.ear/subdeployment=herald-ejb.jar/subsystem=ejb3/message-driven-bean=LoomEventConsumer";

    @Test
    void aHealthyServerReportsHeraldsChecksUp() throws Exception {
        JsonObject live = awaitHealth("/health/live", response -> response.statusCode() == 200);
        assertEquals("UP", check(live, "herald-consumers").getString("status"));
        assertEquals("UP", check(live, "herald-heap").getString("status"));
        assertEquals("ok", check(live, "herald-consumers").getJsonObject("data").getString("loom"));
        JsonObject ready = awaitHealth("/health/ready", response -> response.statusCode() == 200);
        assertEquals("UP", check(ready, "herald-database").getString("status"));
    }

    @Test
    void aConsumerThatTakesNothingWhileMessagesWaitMakesLivenessDown() throws Exception {
        Herald.cli(LOOM_CONSUMER + ":stop-delivery");
        try {
            try (QueueProducer jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER,
                    Herald.PRODUCER_PASSWORD)) {
                jms.send("herald.loom", Loom.event("health-org", "health-" + System.nanoTime(),
                        "mission_control.job_added"), Map.of());
            }
            JsonObject down = awaitHealth("/health/live", response -> response.statusCode() == 503);
            JsonObject consumers = check(down, "herald-consumers");
            assertEquals("DOWN", consumers.getString("status"));
            assertTrue(consumers.getJsonObject("data").getString("loom").contains("without being taken"),
                    consumers.toString());
            assertEquals("ok", consumers.getJsonObject("data").getString("chat"), "only Loom is stuck");
        } finally {
            Herald.cli(LOOM_CONSUMER + ":start-delivery");
        }
        awaitHealth("/health/live", response -> response.statusCode() == 200);
    }

    /** Polls a health endpoint until its answer passes {@code until}; probes are cheap and the state moves by itself. */
    private static JsonObject awaitHealth(String path, Predicate<HttpResponse<String>> until) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> response = Herald.management(path);
        while (!until.test(response)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(path + " stayed " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(250);
            response = Herald.management(path);
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
