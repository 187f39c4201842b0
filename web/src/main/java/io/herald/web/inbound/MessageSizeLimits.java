package io.herald.web.inbound;

import io.herald.core.Protocol;
import io.herald.web.delivery.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest message, in bytes, a client may send on each protocol's sockets. The defaults leave
 * ample room above the largest frame a real client of the protocol sends (an auth command with
 * its token, a Loom subscribe with a long event list, a Wazo token swap) and stay in kilobytes, so
 * that a thousand hostile sockets cost megabytes, not the heap.
 */
@ApplicationScoped
public class MessageSizeLimits {

    /** Close code for a message over the limit (RFC 6455 "message too big"). */
    public static final int TOO_BIG = CloseReason.CloseCodes.TOO_BIG.getCode();

    private static final Logger LOG = Logger.getLogger(MessageSizeLimits.class.getName());

    /** Auth (id and access token), listen and unlisten commands. */
    @Inject
    @ConfigProperty(name = "herald.chat.max-message-size", defaultValue = "8192")
    long chat;

    /** Phoenix join, leave and heartbeat messages with a topic and a small payload. */
    @Inject
    @ConfigProperty(name = "herald.ewallet.max-message-size", defaultValue = "8192")
    long ewallet;

    /** Node clients send nothing the protocol reads. */
    @Inject
    @ConfigProperty(name = "herald.openbazaar.max-message-size", defaultValue = "4096")
    long openbazaar;

    /** A subscribe identifier lists every event name the app wants, JSON-escaped inside the command. */
    @Inject
    @ConfigProperty(name = "herald.loom.max-message-size", defaultValue = "32768")
    long loom;

    /** subscribe, start, token and ping ops. */
    @Inject
    @ConfigProperty(name = "herald.wazo.max-message-size", defaultValue = "8192")
    long wazo;

    /** The limit of the protocol's sockets, in bytes. */
    public long of(Protocol protocol) {
        return switch (protocol) {
            case CHAT -> chat;
            case EWALLET -> ewallet;
            case OPENBAZAAR -> openbazaar;
            case LOOM -> loom;
            case WAZO -> wazo;
        };
    }

    /** An assembler for one new socket of the protocol: a message over the limit closes it with {@link #TOO_BIG}. */
    public MessageAssembler assembler(Protocol protocol, Outbound out) {
        return assembler(protocol, () -> out.close(TOO_BIG, "message too big"));
    }

    /** An assembler for one new socket of the protocol, refusing a message over the limit the protocol's way. */
    public MessageAssembler assembler(Protocol protocol, Runnable refuse) {
        long limit = of(protocol);
        return new MessageAssembler(limit, () -> {
            LOG.fine(() -> protocol.label() + " client message over " + limit + " bytes refused");
            refuse.run();
        });
    }
}
