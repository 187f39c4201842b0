package io.herald.testserver;

import java.io.IOException;
import java.nio.file.Path;
import org.jboss.arquillian.config.descriptor.api.ContainerDef;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Shapes the WildFly that Arquillian starts for the in-container suite, from the test JVM:
 * <ul>
 * <li>a server directory of its own ({@code target/incontainer-server}, fresh on every run) and its
 * own ports, at the offset {@code herald.it.incontainer.port.offset} (900 unless told), management
 * port included: one number moves them all, which {@code arquillian.xml} alone cannot say;</li>
 * <li>one deployment for the whole suite: every test class declares the same archive (see
 * {@link HeraldTestArchive}), the first class deploys it and the others reuse it, where Arquillian
 * would deploy and undeploy Herald around each class. The server is stopped with the deployment in it
 * when the tests end, and its directory is made anew on the next run.</li>
 * </ul>
 */
public final class InContainerServer implements LoadableExtension {

    /** The system property that moves the server's ports. */
    public static final String PORT_OFFSET = "herald.it.incontainer.port.offset";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Preparation.class).observer(OneDeployment.class);
    }

    /** Prepares the directory and the ports just before Arquillian reads the container's configuration. */
    public static final class Preparation {

        @Inject
        private Instance<ContainerRegistry> registry;

        public void prepare(@Observes BeforeSetup setup) throws IOException {
            int offset = Integer.getInteger(PORT_OFFSET, 900);
            Path base = ServerDirectory.fresh(
                    Path.of(System.getProperty("herald.it.work.dir", "target")).toAbsolutePath()
                            .resolve("incontainer-server"));
            for (Container container : registry.get().getContainers()) {
                if (container.getDeployableContainer() == setup.getDeployableContainer()) {
                    ContainerDef configuration = container.getContainerConfiguration();
                    configuration.overrideProperty("managementPort", Integer.toString(9990 + offset));
                    configuration.overrideProperty("javaVmArguments",
                            configuration.getContainerProperty("javaVmArguments")
                                    + " -Djboss.socket.binding.port-offset=" + offset
                                    + " -Djboss.server.base.dir=" + base);
                }
            }
        }
    }

    /** Deploys the suite's archive for the first test class and hands its address to the later ones. */
    public static final class OneDeployment {

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocol;

        private ProtocolMetaData deployed;

        // Below Arquillian's own interceptors (precedence 0), so the test class's deployment context is active.
        public void deployOnce(@Observes(precedence = -10) EventContext<DeployDeployment> context) {
            if (deployed == null) {
                context.proceed();
                deployed = protocol.get();
                return;
            }
            Deployment current = context.getEvent().getDeployment();
            description.set(current.getDescription());
            deployment.set(current);
            protocol.set(deployed);
            current.deployed();
        }

        public void keepDeployed(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            context.getEvent().getDeployment().undeployed();
        }
    }
}
