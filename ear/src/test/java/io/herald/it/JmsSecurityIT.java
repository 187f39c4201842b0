package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.herald.tools.QueueProducer;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker's roles (01-messaging.cli): producers only send to protocol queues, never read them or
 * touch a dead-letter queue; a per-protocol producer sends to its own protocol only; the operator
 * reads the dead-letter queues; and Herald, which reads every queue, still delivers.
 */
class JmsSecurityIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String APP = "it-jms-security-" + RUN;
    private static final String ORG = "org-" + RUN;
    private static final String JOB = "mission_control.job_added";

    /** A producer for the Loom queue only, added for this test as an operator would (add-user.sh). */
    private static final String LOOM_PRODUCER = "it-loom-producer";
    private static final String LOOM_PRODUCER_PASSWORD = UUID.randomUUID().toString();
    /** An application user with WildFly's default JMS role only. */
    private static final String GUEST = "it-jms-guest";
    private static final String GUEST_PASSWORD = UUID.randomUUID().toString();

    private static final Path CONFIGURATION = Path.of(System.getProperty("herald.server.dir"), "standalone", "configuration");

    @BeforeAll
    static void setUp() throws Exception {
        assertEquals(200, Herald.admin("PUT", "/admin/loom/apps/" + APP, "{\"events\":[\"" + JOB + "\"]}").statusCode());
        addUser(LOOM_PRODUCER, LOOM_PRODUCER_PASSWORD, "herald-producer-loom");
        addUser(GUEST, GUEST_PASSWORD, "guest");
    }

    /** The application realm reads its property files again when they change: no reload needed. */
    private static void addUser(String user, String password, String role) throws Exception {
        Process addUser = new ProcessBuilder(System.getProperty("herald.server.dir") + "/bin/add-user.sh", "-s", "-a",
                "-sc", CONFIGURATION.toString(), "-u", user, "-p", password, "-g", role)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(true, addUser.waitFor(2, TimeUnit.MINUTES) && addUser.exitValue() == 0, "add-user.sh " + user);
    }

    /** The test's users leave the shared server's realm as the build made it. */
    @AfterAll
    static void removeUsers() throws IOException {
        for (String file : List.of("application-users.properties", "application-roles.properties")) {
            Path path = CONFIGURATION.resolve(file);
            List<String> kept = Files.readAllLines(path).stream()
                    .filter(line -> !line.startsWith(LOOM_PRODUCER + "=") && !line.startsWith(GUEST + "=")).toList();
            Files.write(path, kept);
        }
    }

    private static Connection connection(String user, String password) throws Exception {
        Connection connection = new ActiveMQConnectionFactory(QueueProducer.brokerUrl(Herald.HOST, Herald.HTTP_PORT))
                .createConnection(user, password);
        connection.start();
        return connection;
    }

    private static QueueProducer producer() throws Exception {
        return new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @Test
    void theProducerCannotConsumeAProtocolQueue() throws Exception {
        try (QueueProducer producer = producer()) {
            assertThrows(JMSSecurityException.class, () -> producer.receive("herald.loom", 1));
        }
    }

    @Test
    void theProducerCannotBrowseAProtocolQueueNorADeadLetterQueue() throws Exception {
        try (Connection connection = connection(Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            for (String queue : List.of("herald.loom", "herald.loom.dlq")) {
                QueueBrowser browser = session.createBrowser(session.createQueue(queue));
                assertThrows(JMSSecurityException.class, () -> browser.getEnumeration().hasMoreElements(), queue);
            }
        }
    }

    @Test
    void theProducerCannotSendToNorReadADeadLetterQueue() throws Exception {
        try (QueueProducer producer = producer()) {
            assertThrows(JMSSecurityException.class,
                    () -> producer.send("herald.loom.dlq", "{\"planted\":\"" + RUN + "\"}", Map.of()));
            assertThrows(JMSSecurityException.class, () -> producer.receive("herald.loom.dlq", 1));
        }
    }

    @Test
    void wildFlysDefaultGuestRoleGetsNothingOnHeraldsQueues() throws Exception {
        try (QueueProducer guest = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, GUEST, GUEST_PASSWORD)) {
            assertThrows(JMSSecurityException.class, () -> guest.send("herald.loom", "{\"name\":\"planted\"}", Map.of()));
            assertThrows(JMSSecurityException.class, () -> guest.receive("herald.loom", 1));
            assertThrows(JMSSecurityException.class, () -> guest.receive("herald.loom.dlq", 1));
        }
    }

    @Test
    void theOperatorBrowsesTheDeadLetterQueues() throws Exception {
        try (Connection connection = connection(Herald.ADMIN_USER, Herald.ADMIN_PASSWORD);
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            QueueBrowser browser = session.createBrowser(session.createQueue("herald.loom.dlq"));
            assertDoesNotThrow(() -> browser.getEnumeration().hasMoreElements());
        }
    }

    @Test
    void aProtocolsProducerCannotSendToAnotherProtocolsQueue() throws Exception {
        try (QueueProducer loomProducer = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, LOOM_PRODUCER,
                LOOM_PRODUCER_PASSWORD)) {
            assertThrows(JMSSecurityException.class,
                    () -> loomProducer.send("herald.wazo", "{\"name\":\"planted\"}", Map.of()));
            assertThrows(JMSSecurityException.class, () -> loomProducer.receive("herald.loom", 1));
        }
    }

    @Test
    void heraldDeliversWhatTheProducerAndAProtocolsProducerSend() throws Exception {
        try (WsClient client = Loom.open(ORG, APP);
             QueueProducer producer = producer();
             QueueProducer loomProducer = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, LOOM_PRODUCER,
                     LOOM_PRODUCER_PASSWORD)) {
            String identifier = Loom.identifier(JOB);
            client.send(Loom.subscribe(identifier));
            nextWith(client, "confirm_subscription");
            producer.send("herald.loom", Loom.event(ORG, "by-producer-" + RUN, JOB), Map.of());
            nextWith(client, "by-producer-" + RUN);
            loomProducer.send("herald.loom", Loom.event(ORG, "by-loom-producer-" + RUN, JOB), Map.of());
            nextWith(client, "by-loom-producer-" + RUN);
        }
    }

    /** The next frame containing {@code text}, past pings. */
    private static String nextWith(WsClient client, String text) throws Exception {
        while (true) {
            String frame = client.next();
            if (frame.contains(text)) {
                return frame;
            }
            if (!frame.contains("\"type\":\"ping\"")) {
                throw new AssertionError("expected a frame with " + text + ", got " + frame);
            }
        }
    }
}
