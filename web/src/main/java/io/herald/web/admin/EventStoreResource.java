package io.herald.web.admin;

import io.herald.persistence.StoredEvent;
import io.herald.store.EventStore;
import io.herald.web.rest.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
                       @QueryParam("after") @DefaultValue("0") long after,
                       @QueryParam("limit") @DefaultValue("100") int limit) {
        if (stream == null || stream.isBlank()) {
            throw new InvalidInput("stream", "name the stream, e.g. openbazaar:<node id>");
        }
        if (after < 0) {
            throw new InvalidInput("after", "a sequence number is 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "limit is between 1 and " + MAX_LIMIT);
        }
        return new Page(stream, store.head(stream),
                store.after(stream, after, limit).stream().map(EventView::of).toList());
    }
}
