package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the server itself stops (SIGTERM from an init system, or the management {@code shutdown}),
 * every Loom client is told {@code server_restart} with {@code reconnect: true} before its socket
 * closes, as on a redeploy.
 */
class LoomServerStopIT {

    private static final int OFFSET = Integer.getInteger("herald.it.stop.port.offset", 600);
    private static final String SERVER_RESTART = "{\"type\":\"disconnect\",\"reason\":\"server_restart\",\"reconnect\":true}";
    private static final String APP = "stop-app";

    @Test
    void sigtermAndManagementShutdownBothSendServerRestart() throws Exception {
        try (DisposableServer server = DisposableServer.prepare("stop-server", OFFSET,
                "-Dherald.loom.jwt.hs256-secret=" + Loom.SECRET)) {
            server.start();
            assertEquals(200, server.admin("PUT", "/admin/loom/apps/" + APP,
                    "{\"events\":[\"mission_control.job_added\"]}").statusCode());
            try (WsClient client = welcomed(server)) {
                server.stop();
                assertEquals(SERVER_RESTART, client.nextNotPing(), "after SIGTERM");
                assertEquals(1000, client.awaitClose().code());
            }

            server.start();
            try (WsClient client = welcomed(server)) {
                server.shutdownThroughManagement();
                assertEquals(SERVER_RESTART, client.nextNotPing(), "after the management shutdown");
                assertEquals(1000, client.awaitClose().code());
            }
        }
    }

    private static WsClient welcomed(DisposableServer server) throws Exception {
        WsClient client = WsClient.connect(server.ws() + "/websocket", Map.of(
                "Authorization", "Bearer " + Loom.token("stop-org", APP),
                "Sec-WebSocket-Protocol", "actioncable-v1-json")).open();
        assertEquals("{\"type\":\"welcome\"}", client.next());
        return client;
    }
}
