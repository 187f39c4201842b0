package io.herald.protocol.ewallet;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;
import io.herald.protocol.ewallet.EwalletPrincipal.ClientUser;
import io.herald.protocol.ewallet.EwalletPrincipal.Provider;
import io.herald.protocol.ewallet.EwalletTopics.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may join which eWallet channel. A provider may join any channel whose resource exists; a
 * client acting for a user only the channels of that user's own records, and never an account's.
 * A topic naming nothing that exists is {@link JoinDecision#NOT_FOUND} before it is forbidden, except
 * for accounts, which a client may not even probe.
 */
@ApplicationScoped
public class EwalletPolicy implements TopicPolicy<EwalletPrincipal, EwalletEvent> {

    /** eWallet's lane: a provider or a client acting for a user receives events on channels. */
    public static final Lane<EwalletPrincipal, EwalletEvent> LANE =
            new Lane<>(Protocol.EWALLET, EwalletPrincipal.class, EwalletEvent.class);

    private EwalletDirectory directory;

    /** For CDI's client proxy. */
    protected EwalletPolicy() {
    }

    @Inject
    public EwalletPolicy(EwalletDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Lane<EwalletPrincipal, EwalletEvent> lane() {
        return LANE;
    }

    @Override
    public JoinDecision mayJoin(EwalletPrincipal principal, String topicName) {
        Optional<Topic> parsed = EwalletTopics.parse(topicName);
        if (parsed.isEmpty()) {
            return JoinDecision.UNMATCHED;
        }
        Topic topic = parsed.get();
        return switch (principal) {
            case null -> JoinDecision.FORBIDDEN;
            case Provider provider -> exists(topic) ? JoinDecision.ALLOWED : JoinDecision.NOT_FOUND;
            case ClientUser user -> clientMayJoin(user, topic);
        };
    }

    private boolean exists(Topic topic) {
        String id = topic.id();
        if (!mayName(id)) {
            return false;
        }
        return switch (topic.channel()) {
            case ACCOUNT -> directory.accountExists(id);
            case USER -> directory.userExists(id);
            case ADDRESS -> directory.addressExists(id);
            case TRANSACTION_REQUEST -> directory.transactionRequestAddress(id).isPresent();
            case TRANSACTION_CONSUMPTION -> directory.transactionConsumptionAddress(id).isPresent();
        };
    }

    private JoinDecision clientMayJoin(ClientUser user, Topic topic) {
        if (topic.channel() == EwalletTopics.Channel.ACCOUNT) {
            return JoinDecision.FORBIDDEN;
        }
        String id = topic.id();
        if (!mayName(id)) {
            return JoinDecision.NOT_FOUND;
        }
        return switch (topic.channel()) {
            case ACCOUNT -> JoinDecision.FORBIDDEN;
            case USER -> user.isNamedBy(id) ? JoinDecision.ALLOWED : existsOrNotFound(topic);
            case ADDRESS -> ownedOrForbidden(user, directory.addressExists(id) ? Optional.of(id) : Optional.empty());
            case TRANSACTION_REQUEST -> ownedOrForbidden(user, directory.transactionRequestAddress(id));
            case TRANSACTION_CONSUMPTION -> ownedOrForbidden(user, directory.transactionConsumptionAddress(id));
        };
    }

    /** Whether the id could name a record: the directory holds none longer, so a longer one is not looked up. */
    private static boolean mayName(String id) {
        return !id.isEmpty() && id.length() <= EwalletDirectoryUpdate.MAX_ID_LENGTH;
    }

    private JoinDecision existsOrNotFound(Topic topic) {
        return exists(topic) ? JoinDecision.FORBIDDEN : JoinDecision.NOT_FOUND;
    }

    private JoinDecision ownedOrForbidden(ClientUser user, Optional<String> walletAddress) {
        if (walletAddress.isEmpty()) {
            return JoinDecision.NOT_FOUND;
        }
        return directory.walletAddresses(user.userId()).contains(walletAddress.get())
                ? JoinDecision.ALLOWED
                : JoinDecision.FORBIDDEN;
    }
}
