package io.herald.protocol.ewallet;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.ProtocolIngest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;

/**
 * What Herald does with a message of the eWallet queue: an event pushed to the channels it names,
 * directory entries stored, or both (entries first, so a client may join the new channels as soon
 * as the event arrives). Storing the same entries twice changes nothing, so a message redelivered
 * after a crash only pushes its event again.
 */
@ApplicationScoped
public class EwalletIngest extends ProtocolIngest {

    @Inject
    EwalletDirectoryChanges directory;

    public EwalletIngest() {
        super(Protocol.EWALLET);
    }

    /** Runs in the ingest transaction, which the directory's changes join: a later failure leaves no entry. */
    @Override
    public Publication<EwalletEvent> map(String body, Message message) throws MalformedEventException {
        EwalletMessage read = EwalletEventMapper.readMessage(body);
        if (read.directory() != null) {
            try {
                directory.apply(read.directory());
            } catch (EwalletDirectoryChanges.DirectoryConflict conflict) {
                throw new MalformedEventException(conflict.getMessage(), conflict);
            }
        }
        return EwalletEventMapper.publication(read);
    }
}
