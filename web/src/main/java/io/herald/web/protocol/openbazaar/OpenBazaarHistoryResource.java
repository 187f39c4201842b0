package io.herald.web.protocol.openbazaar;

import static io.herald.core.JsonProviders.JSON;

import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.protocol.openbazaar.OpenBazaarHistory;
import io.herald.web.inbound.Handshake;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.NumberParam;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The node's notification and chat history over HTTP, with the same ids as the socket frames.
 * {@link OpenBazaarHandshakeFilter} has authenticated the node before any of this runs.
 */
@Path("/ob")
@Produces(MediaType.APPLICATION_JSON)
public class OpenBazaarHistoryResource {

    private static final String EMPTY = "{}";

    @Inject
    OpenBazaarHistory history;

    @Context
    HttpServletRequest request;

    @GET
    @Path("notifications")
    public String notifications(@QueryParam("limit") String limit,
                                @QueryParam("offsetId") @DefaultValue("") String offsetId,
                                @QueryParam("filter") @DefaultValue("") String filter) {
        OpenBazaarHistory.NotificationPage page = history.notifications(node(), limit(limit), offsetId, types(filter));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (OpenBazaarHistory.Notification n : page.notifications()) {
            items.add(JSON.createObjectBuilder()
                    .add("notification", parse(n.json()))
                    .add("read", n.read())
                    .add("timestamp", n.timestamp().toString())
                    .add("type", n.type()));
        }
        return JSON.createObjectBuilder()
                .add("notifications", items)
                .add("total", page.total())
                .add("unread", page.unread())
                .build().toString();
    }

    @POST
    @Path("marknotificationasread/{id}")
    public Response markRead(@PathParam("id") String id) {
        return history.markRead(node(), id) ? Response.ok(EMPTY).build() : notFound();
    }

    @POST
    @Path("marknotificationsasread")
    public String markAllRead() {
        history.markAllRead(node());
        return EMPTY;
    }

    @DELETE
    @Path("notifications/{id}")
    public Response delete(@PathParam("id") String id) {
        return history.delete(node(), id) ? Response.ok(EMPTY).build() : notFound();
    }

    @GET
    @Path("chatmessages/{peerId}")
    public String chatMessages(@PathParam("peerId") String peerId,
                               @QueryParam("limit") String limit,
                               @QueryParam("offsetId") @DefaultValue("") String offsetId,
                               @QueryParam("subject") @DefaultValue("") String subject) {
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        history.chatMessages(node(), peerId, subject, limit(limit), offsetId).forEach(m -> messages.add(parse(m)));
        return messages.build().toString();
    }

    private String node() {
        // The handshake filter admits no request to this API without its node.
        return Handshake.authenticated(request.getUserPrincipal(), NodePrincipal.class).orElseThrow().nodeId();
    }

    private static Set<String> types(String filter) {
        return Arrays.stream(filter.split(",")).map(String::trim).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }

    private static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }

    /**
     * No or a negative limit means a full page. Anything but a whole number that fits an int is a
     * 400 in this API's own error shape, like its 404s, rather than the admin API's.
     */
    private static int limit(String text) {
        try {
            return (int) NumberParam.orDefault("limit", text, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } catch (InvalidInput invalid) {
            throw new WebApplicationException(failure(Response.Status.BAD_REQUEST, invalid.getMessage()));
        }
    }

    private static Response notFound() {
        return failure(Response.Status.NOT_FOUND, "notification not found");
    }

    private static Response failure(Response.Status status, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("success", false).add("reason", reason).build().toString())
                .build();
    }
}
