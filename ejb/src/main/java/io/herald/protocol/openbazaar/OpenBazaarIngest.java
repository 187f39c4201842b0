package io.herald.protocol.openbazaar;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.EventJson;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.ProtocolIngest;
import io.herald.store.EventStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * What Herald does with a message of the OpenBazaar queue: one socket message for the node named
 * by its {@code node} property, published to the node's clients. Notifications and chat messages
 * are also kept in the node's history, in the streams {@link OpenBazaarHistory} reads (its REST
 * API serves them with the same ids). One whose id its stream already holds is not stored again:
 * after a crash the broker redelivers messages Herald had stored but not yet acknowledged.
 */
@ApplicationScoped
public class OpenBazaarIngest extends ProtocolIngest {

    @Inject
    EventStreams streams;

    public OpenBazaarIngest() {
        super(Protocol.OPENBAZAAR);
    }

    /** Runs in the ingest transaction, which the event store's append requires. */
    @Override
    public Publication<NodeFrame> map(String body, Message message) throws MalformedEventException {
        String node = stringProperty(message, OpenBazaarEventMapper.NODE_PROPERTY);
        NodeFrame frame = OpenBazaarEventMapper.map(node, body);
        record(frame);
        return new Publication<>(OpenBazaarPolicy.LANE, Set.of(NodeFrame.topic(frame.nodeId())), frame);
    }

    private void record(NodeFrame frame) throws MalformedEventException {
        if (frame.kind().equals("notification")) {
            JsonObject notification = EventJson.object(frame.text()).getJsonObject("notification");
            streams.appendOnce(OpenBazaarHistory.notificationStream(frame.nodeId()),
                    notification.getString("notificationId"), stringOr(notification, "type", "notification"),
                    notification.toString());
        } else if (frame.kind().equals("message")) {
            JsonObject message = EventJson.object(frame.text()).getJsonObject("message");
            if (!(message.get("peerId") instanceof JsonString peer) || peer.getString().isEmpty()) {
                throw new MalformedEventException("a chat message needs a non-empty string 'peerId'");
            }
            streams.appendOnce(OpenBazaarHistory.chatStream(frame.nodeId(), peer.getString(),
                            stringOr(message, "subject", "")),
                    stringOr(message, "messageId", null), "message", message.toString());
        }
    }

    private static String stringOr(JsonObject object, String key, String fallback) {
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : fallback;
    }
}
