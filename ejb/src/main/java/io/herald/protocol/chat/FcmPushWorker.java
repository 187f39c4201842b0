package io.herald.protocol.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the {@link FcmOutbox}: every poll interval it sends the pushes that are due, one request
 * per device, and records what FCM made of each. Failures are rescheduled with the
 * {@link RetrySchedule}; nothing is given up, so a push waits out an FCM outage or a restart.
 * The timer is not persistent: the outbox rows are the durable part, and polling resumes at deploy.
 */
@Singleton
@Startup
public class FcmPushWorker {

    private static final Logger LOG = Logger.getLogger(FcmPushWorker.class.getName());

    /** Pushes sent per poll at most; the rest wait for the next one. */
    static final int BATCH = 100;

    /** {@code v1} (FCM HTTP v1, the default) or {@code legacy} (the {@code fcm/send} API Google shut down). */
    @Inject
    @ConfigProperty(name = "herald.chat.fcm.api", defaultValue = "v1")
    String api;

    /** v1: the service account's JSON key file. */
    @Inject
    @ConfigProperty(name = "herald.chat.fcm.service-account")
    Optional<String> serviceAccountFile;

    /** v1: FCM's address. */
    @Inject
    @ConfigProperty(name = "herald.chat.fcm.v1.url", defaultValue = "https://fcm.googleapis.com")
    String v1Url;

    /** v1: where access tokens come from, in place of the key file's {@code token_uri}. */
    @Inject
    @ConfigProperty(name = "herald.chat.fcm.token-url")
    Optional<String> tokenUrl;

    @Inject
    @ConfigProperty(name = "herald.chat.fcm.url", defaultValue = "https://fcm.googleapis.com/fcm/send")
    String url;

    @Inject
    @ConfigProperty(name = "herald.chat.fcm.server-key")
    Optional<String> serverKey;

    @Inject
    @ConfigProperty(name = "herald.chat.fcm.poll-interval", defaultValue = "PT1S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "herald.chat.fcm.timeout", defaultValue = "PT10S")
    String timeout;

    @Inject
    @ConfigProperty(name = "herald.chat.fcm.retry.first", defaultValue = "PT10S")
    String retryFirst;

    @Inject
    @ConfigProperty(name = "herald.chat.fcm.retry.cap", defaultValue = "PT1H")
    String retryCap;

    @Inject
    FcmOutbox outbox;

    @Resource
    TimerService timers;

    private final Clock clock = Clock.systemUTC();
    private FcmSender sender;
    private long pollEvery;
    private RetrySchedule retries;

    @PostConstruct
    void start() {
        retries = new RetrySchedule(Duration.parse(retryFirst), Duration.parse(retryCap));
        sender = switch (api) {
            case "v1" -> v1Sender();
            case "legacy" -> legacySender();
            default -> {
                LOG.warning(() -> "herald.chat.fcm.api is " + api + ", neither v1 nor legacy: offline chat pushes wait"
                        + " in the outbox until it is one of them");
                yield null;
            }
        };
        if (sender == null) {
            return;
        }
        pollEvery = Duration.parse(pollInterval).toMillis();
        scheduleNextPoll();
    }

    /**
     * One poll at a time, each armed when the last ends: an interval timer would fire again while a
     * slow FCM holds a poll, and the container logs a warning for every overlap it skips.
     */
    private void scheduleNextPoll() {
        timers.createSingleActionTimer(pollEvery, new TimerConfig("chat FCM outbox", false));
    }

    private FcmSender v1Sender() {
        if (serviceAccountFile.filter(file -> !file.isBlank()).isEmpty()) {
            LOG.warning("herald.chat.fcm.service-account is not set: offline chat pushes wait in the outbox until it is");
            return null;
        }
        Path file = Path.of(serviceAccountFile.get());
        FcmServiceAccount account;
        try {
            account = FcmServiceAccount.read(Files.readString(file));
        } catch (IOException e) {
            LOG.warning(() -> "the FCM service account key file " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "): offline chat pushes wait in the outbox until it can");
            return null;
        } catch (FcmServiceAccount.Unusable e) {
            LOG.warning(() -> "the FCM service account key file " + file + " is unusable, " + e.getMessage()
                    + ": offline chat pushes wait in the outbox until it is fixed");
            return null;
        }
        URI tokens = tokenUrl.filter(u -> !u.isBlank()).map(URI::create).orElse(account.tokenUri());
        Duration wait = Duration.parse(timeout);
        FcmV1Sender v1 = new FcmV1Sender(URI.create(v1Url), account.projectId(),
                new FcmAccessTokens(account, tokens, wait, clock), wait, clock);
        LOG.info(() -> "chat FCM pushes go to " + v1.endpoint() + " as " + account + " (tokens from " + tokens
                + "), polled every " + pollInterval);
        return v1;
    }

    private FcmSender legacySender() {
        if (serverKey.filter(key -> !key.isBlank()).isEmpty()) {
            LOG.warning("herald.chat.fcm.server-key is not set: offline chat pushes wait in the outbox until it is");
            return null;
        }
        LOG.info(() -> "chat FCM pushes go to FCM's legacy API at " + url + ", polled every " + pollInterval);
        return new LegacyFcmSender(URI.create(url), serverKey.get(), Duration.parse(timeout));
    }

    /** One poll, then the next is armed: polls never overlap, so a push is never sent twice at once. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        try {
            sendDue();
        } finally {
            try {
                scheduleNextPoll();
            } catch (IllegalStateException | EJBException stopping) {
                // The application is being undeployed: no next poll, the outbox keeps what is left.
                LOG.fine(() -> "no next FCM outbox poll: " + stopping.getMessage());
            }
        }
    }

    private void sendDue() {
        try {
            List<FcmOutbox.Pending> due = outbox.due(clock.instant(), BATCH);
            for (FcmOutbox.Pending push : due) {
                send(push);
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next poll starts over from the outbox.
            LOG.log(Level.WARNING, "chat FCM outbox poll failed", e);
        }
    }

    private void send(FcmOutbox.Pending push) {
        FcmOutcome outcome = sender.send(push.body());
        switch (outcome) {
            case FcmOutcome.Delivered delivered -> outbox.remove(push.id());
            case FcmOutcome.Rejected rejected -> {
                LOG.warning(() -> "FCM refused push " + push.id() + " for a device of user " + push.userId() + " ("
                        + rejected.reason() + "): it is dropped, the device kept");
                outbox.remove(push.id());
            }
            case FcmOutcome.InvalidToken invalid -> {
                LOG.info(() -> "FCM answered " + invalid.error() + " for a device of user " + push.userId()
                        + ": the device is removed");
                outbox.tokenInvalid(push.id(), push.fcmToken());
            }
            case FcmOutcome.Retry retry -> {
                int failures = push.failedAttempts() + 1;
                Instant now = clock.instant();
                Instant scheduled = retries.nextAttempt(now, failures);
                Instant asked = now.plus(retry.notBefore());
                Instant next = asked.isAfter(scheduled) ? asked : scheduled;
                LOG.fine(() -> "FCM push " + push.id() + " failed (" + retry.reason() + "), attempt " + failures
                        + ", next at " + next);
                outbox.failed(push.id(), retry.reason(), next);
            }
        }
    }
}
