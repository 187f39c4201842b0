package io.herald.web.admin;

import io.herald.core.Secrets;
import io.herald.protocol.chat.ChatTime;
import io.herald.protocol.chat.JpaChatAccessTokens;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.JsonRequest;
import io.herald.web.rest.MaxLength;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Admin API for chat access tokens. A token is shown once, in the answer that issues it; after that
 * it is named by its id, the hex SHA-256 of the token.
 */
@Path("/admin/chat/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChatTokensResource {

    private static final int ID_LENGTH = 64;

    @Inject
    JpaChatAccessTokens tokens;

    /** The body of a POST: the user, optionally the token's text (random when absent) and its expiry. */
    @JsonRequest
    public record TokenRequest(Long userId, @MaxLength(1000) String token,
                               @MaxLength(100) String expiresAt) {
        @Override
        public String toString() {
            return "TokenRequest[userId=" + userId + ", token=" + Secrets.redacted(token) + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** A token just issued, with its text. */
    public record IssuedToken(String token, String id, long userId, Instant expiresAt, boolean revoked,
                              Instant createdAt) {
        @Override
        public String toString() {
            return "IssuedToken[token=" + Secrets.REDACTED + ", id=" + id + ", userId=" + userId + ", expiresAt="
                    + expiresAt + ", revoked=" + revoked + ", createdAt=" + createdAt + "]";
        }
    }

    @GET
    public List<JpaChatAccessTokens.TokenView> list(@QueryParam("userId") String userId) {
        return tokens.list(ChatUserIdParam.optional("userId", userId));
    }

    @GET
    @Path("{id}")
    public JpaChatAccessTokens.TokenView get(@PathParam("id") String id) {
        checkId(id);
        return tokens.byId(id).orElseThrow(NotFoundException::new);
    }

    @POST
    public Response issue(TokenRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "a JSON object with the token's userId is required");
        }
        long userId = ChatUserIdParam.required("userId", request.userId());
        if (request.token() != null && (request.token().isBlank() || request.token().length() > 1000)) {
            throw new InvalidInput("token", "a token is 1 to 1000 characters, not only spaces");
        }
        Instant expiresAt = request.expiresAt() == null ? null : ChatTime.parse(request.expiresAt())
                .orElseThrow(() -> new InvalidInput("expiresAt", "expiresAt is an RFC 3339 date-time"));
        JpaChatAccessTokens.Issued issued = tokens.issue(userId, request.token(), expiresAt)
                .orElseThrow(() -> new InvalidInput("token", "this token was issued before"));
        JpaChatAccessTokens.TokenView view = issued.view();
        return Response.status(Response.Status.CREATED)
                .entity(new IssuedToken(issued.token(), view.id(), view.userId(), view.expiresAt(), view.revoked(),
                        view.createdAt()))
                .build();
    }

    /** Revokes a token: connections authenticate with it no more (open ones keep their session). */
    @POST
    @Path("{id}/revoke")
    public JpaChatAccessTokens.TokenView revoke(@PathParam("id") String id) {
        checkId(id);
        return tokens.revoke(id).orElseThrow(NotFoundException::new);
    }

    /** Ids are hex SHA-256 digests; a longer one names no token and would not fit the column. */
    private static void checkId(String id) {
        if (id.length() > ID_LENGTH) {
            throw new InvalidInput("id", "a token id is the " + ID_LENGTH + " hex digits of the token's SHA-256");
        }
    }
}
