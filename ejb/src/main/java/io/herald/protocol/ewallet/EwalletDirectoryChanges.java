package io.herald.protocol.ewallet;

/**
 * Port through which producers change the eWallet directory: the entries a queue message carries
 * are upserted in the ingest transaction, so a message that fails later leaves none behind. The
 * implementation writing the database lives elsewhere, tests use an in-memory one.
 */
public interface EwalletDirectoryChanges {

    /**
     * Creates or updates the users, accounts and transactions of {@code update} (see
     * {@link EwalletDirectoryUpdate} for what each entry means).
     *
     * @throws DirectoryConflict when a provider_user_id belongs to another user
     */
    void apply(EwalletDirectoryUpdate update);

    /** A change the directory refuses because it would make two users answer to one name. */
    class DirectoryConflict extends RuntimeException {
        public DirectoryConflict(String message) {
            super(message);
        }
    }
}
