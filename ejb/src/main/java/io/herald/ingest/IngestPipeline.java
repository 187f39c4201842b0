package io.herald.ingest;

import io.herald.core.HeraldMetrics;
import io.herald.core.LogText;
import io.herald.core.Protocol;
import io.herald.core.StrictUtf8;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.logging.Logger;

/**
 * What happens to every protocol's message: its message-driven bean hands it to the protocol's
 * ingest bean ({@code <Protocol>Ingest}), which hands it here with itself as the {@link EventMapper};
 * the mapping and storing run in {@link IngestTransaction}, the publication follows its commit.
 *
 * <p>The message-driven beans consume without a JTA transaction ({@code NOT_SUPPORTED}): the
 * resource adapter acknowledges a message once {@code onMessage} returns, without waiting for the
 * broker's journal, whereas an XA delivery waits for one journal sync per message and caps a queue
 * at about a hundred messages a second. What must survive is written in {@link IngestTransaction}'s
 * own transaction before that acknowledgement, so a crash between the two means redelivery (at
 * least once), never loss. Acknowledgements are sent in batches ({@code Dups-ok-acknowledge}), which
 * after a crash may redeliver up to one batch of messages that were already handled (each ingest
 * bean says what handling one twice does); that is the price of one less broker round trip per
 * message.
 *
 * <p>A malformed message is logged, counted and moved to the protocol's dead-letter queue with the
 * reason; retrying it could not help. Anything else that fails is thrown: the adapter rolls the
 * delivery back and the broker retries it, then dead-letters it after the last attempt.
 */
@ApplicationScoped
public class IngestPipeline {

    private static final Logger LOG = Logger.getLogger(IngestPipeline.class.getName());
    /** How much of a rejection's reason the log line and the dead letter carry. */
    static final int MAX_REASON = 300;

    @Inject
    IngestTransaction transaction;

    @Inject
    DeadLetters deadLetters;

    @Inject
    HeraldMetrics metrics;

    @Inject
    IngestProgress progress;

    public void consume(Protocol protocol, Message message, EventMapper mapper) {
        progress.started(protocol, System.currentTimeMillis());
        try {
            consumeInHand(protocol, message, mapper);
        } catch (Exception e) {
            // Exception, not RuntimeException: a commit that fails reaches here as the transaction interceptor's
            // checked RollbackException. Counted before the adapter rolls the delivery back, every failed attempt
            // once, the last one too; rethrown as it came.
            metrics.failed(protocol);
            throw e;
        } finally {
            progress.finished(protocol);
        }
    }

    private void consumeInHand(Protocol protocol, Message message, EventMapper mapper) {
        try {
            transaction.mapAndPublish(text(message), message, mapper);
            metrics.ingested(protocol);
        } catch (MalformedEventException e) {
            metrics.malformed(protocol);
            // One line and no stack trace: the reason is all an operator needs, and it quotes the producer's text.
            String reason = LogText.shorten(e.getMessage(), MAX_REASON);
            LOG.warning(() -> "rejected message " + describe(message) + " on " + protocol.queue()
                    + ": " + reason + " (moved to " + DeadLetters.queueOf(protocol) + ")");
            deadLetters.reject(protocol, message, reason);
        } catch (JMSException e) {
            throw new IngestFailure("could not read message " + describe(message) + " on " + protocol.queue(), e);
        }
    }

    static String text(Message message) throws JMSException, MalformedEventException {
        if (message instanceof TextMessage text) {
            String body = text.getText();
            if (body == null) {
                throw new MalformedEventException("empty TextMessage");
            }
            return body;
        }
        if (message instanceof BytesMessage bytes) {
            try {
                return StrictUtf8.decode(ByteBuffer.wrap(DeadLetters.body(bytes)));
            } catch (CharacterCodingException e) {
                throw new MalformedEventException("the BytesMessage body is not valid UTF-8");
            }
        }
        throw new MalformedEventException("expected a TextMessage with a JSON body, got "
                + message.getClass().getSimpleName());
    }

    private static String describe(Message message) {
        try {
            return message.getJMSMessageID() + " (delivery " + message.getIntProperty("JMSXDeliveryCount") + ")";
        } catch (JMSException e) {
            return String.valueOf(message);
        }
    }

    /** A delivery Herald could not complete for a reason other than its content: the broker retries it. */
    public static final class IngestFailure extends RuntimeException {
        IngestFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
