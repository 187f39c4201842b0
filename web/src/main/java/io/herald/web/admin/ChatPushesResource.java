package io.herald.web.admin;

import io.herald.protocol.chat.ChatDevices;
import io.herald.protocol.chat.FcmOutbox;
import io.herald.web.rest.NumberParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The chat pushes waiting in the FCM outbox, for operators watching an FCM outage. */
@Path("/admin/chat/pushes")
@Produces(MediaType.APPLICATION_JSON)
public class ChatPushesResource {

    static final int MAX = 1000;
    static final int DEFAULT = 100;

    @Inject
    FcmOutbox outbox;

    /** A waiting push, without its body. */
    public record WaitingPush(long id, long userId, ChatDevices.Platform platform, int failedAttempts,
                              Instant nextAttemptAt, String lastError) {
    }

    @GET
    public List<WaitingPush> waiting(@QueryParam("limit") String limit) {
        return outbox.waiting((int) NumberParam.orDefault("limit", limit, DEFAULT, 1, MAX)).stream()
                .map(p -> new WaitingPush(p.id(), p.userId(), p.platform(), p.failedAttempts(), p.nextAttemptAt(),
                        p.lastError()))
                .toList();
    }
}
