package io.herald.web.protocol.loom;

import io.herald.web.server.BeforeSuspend;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.Set;

/**
 * Tells every Loom client to reconnect ({@code server_restart}) when Herald is undeployed or the
 * server stops. An undeploy reaches the listener registered here, after the container's own
 * listeners: listeners are told of shutdown in reverse order, so this one runs while the WebSocket
 * sessions are still open. A server stop suspends the server first, which closes the sessions before
 * any listener runs, so the same message also goes out from {@link BeforeSuspend}.
 */
public class LoomShutdown implements ServletContainerInitializer, ServletContextListener {

    private BeforeSuspend beforeSuspend;

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        LoomShutdown listener = new LoomShutdown();
        listener.beforeSuspend = BeforeSuspend.register(LoomShutdown::disconnectEveryClient);
        context.addListener(listener);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        beforeSuspend.unregister();
        disconnectEveryClient();
    }

    private static void disconnectEveryClient() {
        CDI.current().select(LoomHeartbeat.class).get().shutdown();
    }
}
