package io.herald.protocol.chat;

import io.herald.core.LogThrottle;
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
 * {@link RetrySchedule}, no sooner than FCM's {@code Retry-After}; only a request FCM refuses as such
 * ({@link FcmOutcome.Rejected}) is given up, so a push waits out an FCM outage, a misconfigured
 * account or a restart. The timer is not persistent: the outbox rows are the durable part, and
 * polling resumes at deploy.
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
    private final LogThrottle failedPolls = new LogThrottle(1, Duration.ofMinutes(1), clock);
    private RetrySchedule retries;

    @PostConstruct
    void start() {
        retries = new RetrySchedule(Duration.parse(retryFirst), Duration.parse(retryCap));
        Duration wait = Duration.parse(timeout);
        Optional<FcmSender> configured = switch (api) {
            case "v1" -> FcmSenders.v1(serviceAccountFile, v1Url, tokenUrl, wait, clock);
            case "legacy" -> FcmSenders.legacy(url, serverKey, wait);
            default -> {
                LOG.warning(() -> "herald.chat.fcm.api is " + api + ", neither v1 nor legacy: offline chat pushes wait"
                        + " in the outbox until it is one of them");
                yield Optional.empty();
            }
        };
        if (configured.isEmpty()) {
            return;
        }
        sender = configured.get();
        pollEvery = Duration.parse(pollInterval).toMillis();
        LOG.info(() -> "chat FCM outbox polled every " + pollInterval);
        scheduleNextPoll();
    }

    /**
     * One poll at a time, each armed when the last ends: an interval timer would fire again while a
     * slow FCM holds a poll, and the container logs a warning for every overlap it skips.
     */
    private void scheduleNextPoll() {
        timers.createSingleActionTimer(pollEvery, new TimerConfig("chat FCM outbox", false));
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
            // The database may be away for a while; the next poll starts over from the outbox. One line a
            // minute says so, the stack trace is at FINE: a poll a second would bury the log otherwise.
            failedPolls.admit().ifPresent(withheld -> LOG.warning(() -> "chat FCM outbox poll failed ("
                    + e.getClass().getName() + ": " + e.getMessage() + ")"
                    + (withheld > 0 ? "; " + withheld + " more failed polls not logged" : "")));
            LOG.log(Level.FINE, "chat FCM outbox poll failed", e);
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
