package io.herald.protocol.ewallet;

/**
 * One message on the eWallet queue: an event to push, directory entries to upsert, or both (the
 * entries are stored first, in the same transaction, so a client may join the new channels as soon
 * as the event arrives).
 *
 * @param directory null when the message carries no {@code directory}
 * @param event null when the message carries no {@code event}
 */
public record EwalletMessage(EwalletDirectoryUpdate directory, EwalletEvent event) {

    public EwalletMessage {
        if (directory == null && event == null) {
            throw new IllegalArgumentException("a message carries an event, directory entries or both");
        }
    }
}
