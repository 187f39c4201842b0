package io.herald.web.protocol.loom;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.Set;

/**
 * Tells every Loom client to reconnect ({@code server_restart}) when Herald is undeployed or the
 * server stops. Registered programmatically, after the container's own listeners: listeners are
 * told of shutdown in reverse order, so this one runs while the WebSocket sessions are still open.
 */
public class LoomShutdown implements ServletContainerInitializer, ServletContextListener {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addListener(new LoomShutdown());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        CDI.current().select(LoomConnections.class).get().shutdown();
    }
}
