package io.herald.protocol.chat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The FCM sender Herald's settings ask for, or none: then a WARNING says what is missing, and
 * offline pushes wait in the outbox until it is fixed and the application restarts.
 */
final class FcmSenders {

    private static final Logger LOG = Logger.getLogger(FcmSenders.class.getName());

    private FcmSenders() {
    }

    /** FCM HTTP v1 as the service account of {@code keyFile}. */
    static Optional<FcmSender> v1(Optional<String> keyFile, String fcmUrl, Optional<String> tokenUrl, Duration timeout,
            Clock clock) {
        if (keyFile.filter(file -> !file.isBlank()).isEmpty()) {
            LOG.warning("herald.chat.fcm.service-account is not set: offline chat pushes wait in the outbox until it is");
            return Optional.empty();
        }
        Path file = Path.of(keyFile.get());
        FcmServiceAccount account;
        try {
            account = FcmServiceAccount.read(Files.readString(file));
        } catch (IOException e) {
            LOG.warning(() -> "the FCM service account key file " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "): offline chat pushes wait in the outbox until it can");
            return Optional.empty();
        } catch (FcmServiceAccount.Unusable e) {
            LOG.warning(() -> "the FCM service account key file " + file + " is unusable, " + e.getMessage()
                    + ": offline chat pushes wait in the outbox until it is fixed");
            return Optional.empty();
        }
        URI tokens = tokenUrl.filter(u -> !u.isBlank()).map(URI::create).orElse(account.tokenUri());
        FcmV1Sender sender = new FcmV1Sender(URI.create(fcmUrl), account.projectId(),
                new FcmAccessTokens(account, tokens, timeout, clock), timeout, clock);
        LOG.info(() -> "chat FCM pushes go to " + sender.endpoint() + " as " + account + " (tokens from " + tokens + ")");
        return Optional.of(sender);
    }

    /** FCM's legacy API, with the server key. */
    static Optional<FcmSender> legacy(String url, Optional<String> serverKey, Duration timeout) {
        if (serverKey.filter(key -> !key.isBlank()).isEmpty()) {
            LOG.warning("herald.chat.fcm.server-key is not set: offline chat pushes wait in the outbox until it is");
            return Optional.empty();
        }
        LOG.info(() -> "chat FCM pushes go to FCM's legacy API at " + url);
        return Optional.of(new LegacyFcmSender(URI.create(url), serverKey.get(), timeout));
    }
}
