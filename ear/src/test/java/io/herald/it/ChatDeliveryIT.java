package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Packets produced on the chat queue reach the recipient's live sessions in the documented formats. */
class ChatDeliveryIT {

    private static QueueProducer jms;

    @BeforeAll
    static void connectJms() throws Exception {
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    private static void produce(String event) throws Exception {
        jms.send("herald.chat", event, Map.of());
    }

    @Test
    void messageReadsTypingAndStopTypingReachEverySessionOfTheRecipient() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String token = ChatIdentities.token(recipient);
        try (WsClient tab = ChatIdentities.signedIn(token); WsClient phone = ChatIdentities.signedIn(token)) {
            produce(ChatPackets.messageEvent(sender, recipient, 1519011921221L, "hello!"));
            produce(ChatPackets.readsEvent(sender, recipient));
            produce(ChatPackets.typingEvent("typing", sender, recipient));
            produce(ChatPackets.typingEvent("stop_typing", sender, recipient));
            for (WsClient session : new WsClient[] {tab, phone}) {
                assertEquals(ChatPackets.messageFrame(sender, recipient, 1519011921221L, "hello!"), session.next());
                assertEquals(ChatPackets.readsFrame(sender, recipient), session.next());
                assertEquals(ChatPackets.typingFrame(sender, recipient), session.next());
                assertEquals(ChatPackets.stopTypingFrame(sender, recipient), session.next());
            }
        }
    }

    @Test
    void anotherUsersPacketsNeverArrive() throws Exception {
        long sender = ChatIdentities.newUser();
        long user = ChatIdentities.newUser();
        long other = ChatIdentities.newUser();
        try (WsClient client = ChatIdentities.signedIn(ChatIdentities.token(user))) {
            // One queue consumer keeps production order, so a leak would arrive first.
            produce(ChatPackets.typingEvent("typing", sender, other));
            produce(ChatPackets.typingEvent("typing", sender, user));
            assertEquals(ChatPackets.typingFrame(sender, user), client.next());
        }
    }

    @Test
    void aSocketReceivesNothingBeforeItAuthenticates() throws Exception {
        long sender = ChatIdentities.newUser();
        long user = ChatIdentities.newUser();
        String token = ChatIdentities.token(user);
        try (WsClient signedIn = ChatIdentities.signedIn(token); WsClient anonymous = ChatIdentities.open()) {
            produce(ChatPackets.typingEvent("typing", sender, user));
            assertEquals(ChatPackets.typingFrame(sender, user), signedIn.next(), "the packet has been delivered");
            anonymous.send(ChatIdentities.auth("late", token));
            assertTrue(anonymous.next().startsWith("{\"id\":\"late\",\"status\":200,"), "nothing came before the answer");
            produce(ChatPackets.typingEvent("stop_typing", sender, user));
            assertEquals(ChatPackets.stopTypingFrame(sender, user), anonymous.next());
        }
    }

    @Test
    void aMalformedPacketGoesToTheDeadLetterQueueAndTheNextOneIsStillDelivered() throws Exception {
        long sender = ChatIdentities.newUser();
        long user = ChatIdentities.newUser();
        String malformed = ChatPackets.event("message", user, "{\"topic_id\":\"no other field " + user + "\"}");
        try (WsClient client = ChatIdentities.signedIn(ChatIdentities.token(user))) {
            produce(malformed);
            produce(ChatPackets.readsEvent(sender, user));
            assertEquals(ChatPackets.readsFrame(sender, user), client.next());
        }
        try (QueueProducer operator = Herald.operatorJms()) {
            Optional<Message> dead = operator.receive("herald.chat.dlq", Herald.WAIT.toMillis());
            while (dead.isPresent() && !malformed.equals(((TextMessage) dead.get()).getText())) {
                dead = operator.receive("herald.chat.dlq", Herald.WAIT.toMillis());
            }
            assertTrue(dead.isPresent(), "the malformed packet reached herald.chat.dlq");
        }
    }
}
