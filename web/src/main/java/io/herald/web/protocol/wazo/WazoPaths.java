package io.herald.web.protocol.wazo;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Deploys the one {@link WazoEndpoint} at both paths of the service: {@code wss://host:9502/}, the
 * URL of the protocol's documentation, and {@code /api/websocketd/}, where the official
 * {@code @wazo/sdk} client connects. An annotated endpoint has exactly one path, so the endpoint
 * is deployed here, as the WebSocket specification allows while the application starts; and since
 * the container injects nothing into an endpoint deployed this way, each connection's endpoint is
 * built here with the application's {@link WazoSockets}.
 */
@WebListener
public class WazoPaths implements ServletContextListener {

    /** The path of the protocol's documentation. */
    static final String DOCUMENTED = "/";
    /** The path the official SDK uses. */
    static final String SDK = "/api/websocketd/";
    static final List<String> ALL = List.of(DOCUMENTED, SDK);

    @Inject
    WazoSockets sockets;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServerContainer container = (ServerContainer) event.getServletContext()
                .getAttribute(ServerContainer.class.getName());
        for (String path : ALL) {
            try {
                container.addEndpoint(ServerEndpointConfig.Builder.create(WazoEndpoint.class, path)
                        .configurator(new NewEndpoint(sockets))
                        .build());
            } catch (DeploymentException e) {
                throw new IllegalStateException("the Wazo endpoint could not be deployed at " + path, e);
            }
        }
    }

    /** A new endpoint for each connection, as the container's default would make one. */
    private static final class NewEndpoint extends ServerEndpointConfig.Configurator {
        private final WazoSockets sockets;

        NewEndpoint(WazoSockets sockets) {
            this.sockets = sockets;
        }

        @Override
        public <T> T getEndpointInstance(Class<T> type) {
            return type.cast(new WazoEndpoint(sockets));
        }
    }
}
