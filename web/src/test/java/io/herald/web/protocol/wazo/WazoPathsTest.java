package io.herald.web.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.web.testing.Fakes;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One Wazo endpoint, deployed at both paths, serving only what came through the handshake filter. */
class WazoPathsTest {

    private final List<ServerEndpointConfig> deployed = new ArrayList<>();

    private List<ServerEndpointConfig> deploy() {
        ServerContainer container = Fakes.of(ServerContainer.class,
                Map.of("addEndpoint", args -> {
                    deployed.add((ServerEndpointConfig) args[0]);
                    return null;
                }));
        ServletContext context = Fakes.of(ServletContext.class,
                Map.of("getAttribute", args -> ServerContainer.class.getName().equals(args[0]) ? container : null));
        WazoPaths paths = new WazoPaths();
        paths.sockets = new WazoSockets();
        paths.contextInitialized(new ServletContextEvent(context));
        return deployed;
    }

    @Test
    void theOneEndpointIsDeployedAtTheDocumentedAndTheSdkPath() {
        List<ServerEndpointConfig> configs = deploy();

        assertEquals(List.of("/", "/api/websocketd/"), configs.stream().map(ServerEndpointConfig::getPath).toList());
        assertTrue(configs.stream().allMatch(c -> c.getEndpointClass() == WazoEndpoint.class));
        assertTrue(WazoHandshakeFilter.PATHS.containsAll(WazoPaths.ALL), "the filter guards every path");
    }

    @Test
    void everyConnectionGetsAnEndpointOfItsOwn() throws Exception {
        ServerEndpointConfig config = deploy().get(0);

        WazoEndpoint first = config.getConfigurator().getEndpointInstance(WazoEndpoint.class);
        WazoEndpoint second = config.getConfigurator().getEndpointInstance(WazoEndpoint.class);

        assertNotSame(first, second);
    }

    @Test
    void aSocketThatBypassedTheHandshakeFilterIsClosedAtOnce() throws Exception {
        List<CloseReason> closes = new ArrayList<>();
        Principal notAHandshake = () -> "someone";
        Session session = Fakes.of(Session.class, Map.of(
                "getUserPrincipal", args -> notAHandshake,
                "close", args -> {
                    closes.add((CloseReason) args[0]);
                    return null;
                }));

        deploy().get(0).getConfigurator().getEndpointInstance(WazoEndpoint.class).onOpen(session, null);

        assertEquals(1, closes.size());
        assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, closes.get(0).getCloseCode());
    }
}
