package io.herald.web.admin;

import io.herald.persistence.StoredEvent;
import io.herald.store.EventStore;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.NumberParam;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Read-only view of the event store, for operators: one stream's events after a sequence number. */
@Path("/admin/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventStoreResource {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;
    /** The length of the stream column. */
    static final int MAX_STREAM_LENGTH = 400;

    @Inject
    EventStore store;

    /** One stored event as the API shows it; {@code body} is the JSON text as stored. */
    public record EventView(String stream, long seq, String key, String kind, String storedAt, String body) {
        static EventView of(StoredEvent e) {
            return new EventView(e.getStream(), e.getSeq(), e.getEventKey(), e.getKind(),
                    e.getStoredAt().toString(), e.getBody());
        }
    }

    /** The stream's events, oldest first, and the last sequence number handed out in it. */
    public record Page(String stream, long head, List<EventView> events) {
    }

    @GET
    public Page events(@QueryParam("stream") String stream,
                       @QueryParam("after") String afterText,
                       @QueryParam("limit") String limitText) {
        if (stream == null || stream.isBlank()) {
            throw new InvalidInput("stream", "name the stream, e.g. openbazaar:<node id>");
        }
        if (stream.length() > MAX_STREAM_LENGTH) {
            throw new InvalidInput("stream", "a stream name is at most " + MAX_STREAM_LENGTH + " characters");
        }
        long after = NumberParam.orDefault("after", afterText, 0, 0, Long.MAX_VALUE);
        int limit = (int) NumberParam.orDefault("limit", limitText, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return new Page(stream, store.head(stream),
                store.after(stream, after, limit).stream().map(EventView::of).toList());
    }
}
