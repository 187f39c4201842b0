package io.herald.web.admin;

import io.herald.protocol.chat.JpaChatPeers;
import io.herald.web.rest.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Admin API for the p2p connections between chat users; a connection has no direction. */
@Path("/admin/chat/connections")
@Produces(MediaType.APPLICATION_JSON)
public class ChatPeersResource {

    @Inject
    JpaChatPeers links;

    @GET
    public List<JpaChatPeers.Link> list(@QueryParam("userId") String userId) {
        return links.list(ChatUserIdParam.optional("userId", userId));
    }

    @PUT
    @Path("{userId}/{peerId}")
    public JpaChatPeers.Link connect(@PathParam("userId") String userId, @PathParam("peerId") String peerId) {
        long user = ChatUserIdParam.required("userId", userId);
        long peer = ChatUserIdParam.required("peerId", peerId);
        if (user == peer) {
            throw new InvalidInput("peerId", "a user has no p2p connection with themself");
        }
        return links.link(user, peer);
    }

    @DELETE
    @Path("{userId}/{peerId}")
    public void disconnect(@PathParam("userId") String userId, @PathParam("peerId") String peerId) {
        if (!links.unlink(ChatUserIdParam.required("userId", userId), ChatUserIdParam.required("peerId", peerId))) {
            throw new NotFoundException();
        }
    }
}
