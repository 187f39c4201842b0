package io.herald.web.server;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.as.server.suspend.ServerActivity;
import org.jboss.as.server.suspend.ServerActivityCallback;
import org.jboss.as.server.suspend.SuspendableActivityRegistry;
import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceBuilder;
import org.jboss.msc.service.ServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;

/**
 * Runs a task when WildFly starts to suspend: on a management {@code suspend} or {@code shutdown}
 * and on SIGTERM, which all suspend the server first. WildFly's WebSocket container closes every
 * session with 1001 when the suspend reaches it, before any listener of the application hears of the
 * stop; its suspend controller, a WildFly API that Jakarta EE has no counterpart for, is the one place
 * that runs earlier: every activity's pre-suspend step completes before any activity suspends.
 */
public final class BeforeSuspend implements ServerActivity {

    private static final Logger LOG = Logger.getLogger(BeforeSuspend.class.getName());

    private final Runnable task;
    /** The application's class loader: the suspend runs on a server thread, where CDI cannot find the application. */
    private final ClassLoader application;
    private ServiceController<?> service;

    private BeforeSuspend(Runnable task, ClassLoader application) {
        this.task = task;
        this.application = application;
    }

    /**
     * Registers {@code task}; undo it with {@link #unregister()} when the application stops. The
     * controller's value is only handed to a service that requires it, so the registration is a small
     * service of its own, which also unregisters when the server removes it.
     */
    public static BeforeSuspend register(Runnable task) {
        BeforeSuspend activity = new BeforeSuspend(task, Thread.currentThread().getContextClassLoader());
        ServiceContainer container = CurrentServiceContainer.getServiceContainer();
        ServiceBuilder<?> builder = container.addService(
                ServiceName.of("herald", "before-suspend", UUID.randomUUID().toString()));
        Supplier<SuspendableActivityRegistry> registry =
                builder.requires(ServiceName.parse(SuspendableActivityRegistry.SERVICE_DESCRIPTOR.getName()));
        builder.setInstance(new Service() {
            @Override
            public void start(StartContext context) {
                registry.get().registerActivity(activity);
            }

            @Override
            public void stop(StopContext context) {
                registry.get().unregisterActivity(activity);
            }
        });
        activity.service = builder.install();
        return activity;
    }

    public void unregister() {
        service.setMode(ServiceController.Mode.REMOVE);
    }

    @Override
    public void preSuspend(ServerActivityCallback done) {
        Thread thread = Thread.currentThread();
        ClassLoader server = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a task before suspend failed", e);
        } finally {
            thread.setContextClassLoader(server);
            done.done();
        }
    }

    @Override
    public void suspended(ServerActivityCallback done) {
        done.done();
    }

    @Override
    public void resume() {
        // Nothing to undo: clients told to reconnect simply do.
    }
}
