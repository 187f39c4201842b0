package io.herald.incontainer;

import io.herald.core.HeraldMetrics;
import io.herald.store.EventStore;
import io.herald.testserver.HeraldTestArchive;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every in-container test class is: run by Arquillian inside the suite's server, in the test module
 * of the one deployment they all share (herald.ear and this package), with the means every test uses
 * injected: the queues in and out, Herald's counters, its event store and its database.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InContainerTest {

    /** Tells this run's ids, queues' selectors and streams from those of earlier runs and other classes. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    Producer producer;

    @Inject
    DeadLetterQueues deadLetters;

    @Inject
    HeraldMetrics metrics;

    @Inject
    EventStore store;

    @Inject
    Database database;

    @Deployment
    public static EnterpriseArchive deployment() {
        return HeraldTestArchive.withTests(InContainerTest.class.getPackage());
    }
}
