package io.herald.protocol.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
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
    private RetrySchedule retries;

    @PostConstruct
    void start() {
        retries = new RetrySchedule(Duration.parse(retryFirst), Duration.parse(retryCap));
        if (serverKey.filter(key -> !key.isBlank()).isEmpty()) {
            LOG.warning("herald.chat.fcm.server-key is not set: offline chat pushes wait in the outbox until it is");
            return;
        }
        sender = new FcmSender(URI.create(url), serverKey.get(), Duration.parse(timeout));
        long every = Duration.parse(pollInterval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("chat FCM outbox", false));
        LOG.info(() -> "chat FCM pushes go to " + url + ", polled every " + pollInterval);
    }

    /** One poll; overlapping polls are skipped by the container, so a push is never sent twice at once. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
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
            case FcmOutcome.Delivered delivered -> outbox.delivered(push.id());
            case FcmOutcome.InvalidToken invalid -> {
                LOG.info(() -> "FCM answered " + invalid.error() + " for a device of user " + push.userId()
                        + ": the device is removed");
                outbox.tokenInvalid(push.id(), push.fcmToken());
            }
            case FcmOutcome.Retry retry -> {
                int failures = push.failedAttempts() + 1;
                Instant next = retries.nextAttempt(clock.instant(), failures);
                LOG.fine(() -> "FCM push " + push.id() + " failed (" + retry.reason() + "), attempt " + failures
                        + ", next at " + next);
                outbox.failed(push.id(), retry.reason(), next);
            }
        }
    }
}
