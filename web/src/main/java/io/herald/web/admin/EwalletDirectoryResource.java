package io.herald.web.admin;

import io.herald.core.Secrets;
import io.herald.persistence.ewallet.EwalletTransaction;
import io.herald.protocol.ewallet.EwalletDirectoryUpdate;
import io.herald.protocol.ewallet.JpaEwalletDirectory;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.JsonRequest;
import io.herald.web.rest.MaxLength;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Admin API for the eWallet identity directory: provider keys, client API keys, users with their
 * wallet addresses and authentication tokens, accounts, transaction requests and consumptions.
 * Secrets are stored hashed and never returned; a token is shown once, when it is issued.
 */
@Path("/admin/ewallet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EwalletDirectoryResource {

    private static final int ID_LENGTH = EwalletDirectoryUpdate.MAX_ID_LENGTH;
    /** Secrets and tokens are stored hashed, so their bound is not a column's; no real one comes near it. */
    private static final int SECRET_LENGTH = 1000;

    @Inject
    JpaEwalletDirectory identities;

    @JsonRequest
    public record ProviderKeyRequest(@MaxLength(SECRET_LENGTH) String secretKey, Boolean enabled) {
        @Override
        public String toString() {
            return "ProviderKeyRequest[secretKey=" + Secrets.redacted(secretKey) + ", enabled=" + enabled + "]";
        }
    }

    public record ProviderKeyView(String accessKey, boolean enabled) {
    }

    @JsonRequest
    public record ApiKeyRequest(Boolean enabled) {
    }

    public record ApiKeyView(String apiKey, boolean enabled) {
    }

    @JsonRequest
    public record UserRequest(@MaxLength(ID_LENGTH) String providerUserId, @MaxLength(ID_LENGTH) List<String> addresses) {
    }

    public record UserView(String id, String providerUserId, List<String> addresses) {
        static UserView of(EwalletDirectoryUpdate.User user) {
            return new UserView(user.id(), user.providerUserId(), user.addresses());
        }
    }

    /** @param token the token to issue; a random one when absent */
    @JsonRequest
    public record TokenRequest(@MaxLength(SECRET_LENGTH) String token, @MaxLength(100) String expiresAt) {
        @Override
        public String toString() {
            return "TokenRequest[token=" + Secrets.redacted(token) + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** A token just issued, with its text: the only answer that shows it. */
    public record TokenView(String userId, String token, String expiresAt) {
        @Override
        public String toString() {
            return "TokenView[userId=" + userId + ", token=" + Secrets.REDACTED + ", expiresAt=" + expiresAt + "]";
        }
    }

    @JsonRequest
    public record RevocationRequest(@MaxLength(SECRET_LENGTH) String token) {
        @Override
        public String toString() {
            return "RevocationRequest[token=" + Secrets.redacted(token) + "]";
        }
    }

    public record RevokedView(int revoked) {
    }

    @JsonRequest
    public record AccountRequest(@MaxLength(ID_LENGTH) List<String> addresses) {
    }

    public record AccountView(String id, List<String> addresses) {
    }

    @JsonRequest
    public record AddressRequest(@MaxLength(ID_LENGTH) String address) {
    }

    public record TransactionView(String id, String address) {
    }

    // --- provider keys and client API keys

    @PUT
    @Path("provider-keys/{accessKey}")
    public ProviderKeyView putProviderKey(@PathParam("accessKey") String accessKey, ProviderKeyRequest request) {
        key("accessKey", accessKey);
        if (request == null || request.secretKey() == null || request.secretKey().isEmpty()) {
            throw new InvalidInput("secretKey", "a provider key needs its secret key");
        }
        boolean enabled = request.enabled() == null || request.enabled();
        identities.putProviderKey(accessKey, request.secretKey(), enabled);
        return new ProviderKeyView(accessKey, enabled);
    }

    @GET
    @Path("provider-keys/{accessKey}")
    public ProviderKeyView getProviderKey(@PathParam("accessKey") String accessKey) {
        key("accessKey", accessKey);
        return identities.providerKeyEnabled(accessKey).map(enabled -> new ProviderKeyView(accessKey, enabled))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("api-keys/{apiKey}")
    public ApiKeyView putApiKey(@PathParam("apiKey") String apiKey, ApiKeyRequest request) {
        key("apiKey", apiKey);
        boolean enabled = request == null || request.enabled() == null || request.enabled();
        identities.putApiKey(apiKey, enabled);
        return new ApiKeyView(apiKey, enabled);
    }

    @GET
    @Path("api-keys/{apiKey}")
    public ApiKeyView getApiKey(@PathParam("apiKey") String apiKey) {
        key("apiKey", apiKey);
        return identities.apiKeyEnabled(apiKey).map(enabled -> new ApiKeyView(apiKey, enabled))
                .orElseThrow(NotFoundException::new);
    }

    // --- users and their tokens

    @PUT
    @Path("users/{id}")
    public UserView putUser(@PathParam("id") String id, UserRequest request) {
        id("id", id);
        UserRequest body = request == null ? new UserRequest(null, List.of()) : request;
        if (body.providerUserId() != null) {
            id("providerUserId", body.providerUserId());
        }
        List<String> addresses = addresses(body.addresses());
        try {
            identities.putUser(id, body.providerUserId(), addresses);
        } catch (JpaEwalletDirectory.DirectoryConflict conflict) {
            throw new InvalidInput("providerUserId", conflict.getMessage());
        }
        return getUser(id);
    }

    @GET
    @Path("users/{id}")
    public UserView getUser(@PathParam("id") String id) {
        id("id", id);
        return identities.user(id).map(UserView::of).orElseThrow(NotFoundException::new);
    }

    /** Issues a token for the user; the answer is the only place the token appears in clear. */
    @POST
    @Path("users/{id}/tokens")
    public Response issueToken(@PathParam("id") String id, TokenRequest request) {
        id("id", id);
        TokenRequest body = request == null ? new TokenRequest(null, null) : request;
        if (body.token() != null && body.token().isEmpty()) {
            throw new InvalidInput("token", "a token, when given, is not empty");
        }
        Instant expiresAt = expiry(body.expiresAt());
        String token = identities.issueToken(id, body.token(), expiresAt).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED)
                .entity(new TokenView(id, token, expiresAt == null ? null : expiresAt.toString()))
                .build();
    }

    /** Revokes every token of the user, e.g. when one was lost. */
    @DELETE
    @Path("users/{id}/tokens")
    public RevokedView revokeTokensOf(@PathParam("id") String id) {
        id("id", id);
        if (identities.user(id).isEmpty()) {
            throw new NotFoundException();
        }
        return new RevokedView(identities.revokeTokensOf(id));
    }

    /** Revokes one token, named in the body so that it never appears in a URL or an access log. */
    @POST
    @Path("tokens/revoke")
    public RevokedView revokeToken(RevocationRequest request) {
        if (request == null || request.token() == null || request.token().isEmpty()) {
            throw new InvalidInput("token", "the token to revoke is required");
        }
        if (!identities.revokeToken(request.token())) {
            throw new NotFoundException();
        }
        return new RevokedView(1);
    }

    // --- accounts, transaction requests and consumptions

    @PUT
    @Path("accounts/{id}")
    public AccountView putAccount(@PathParam("id") String id, AccountRequest request) {
        id("id", id);
        identities.putAccount(id, addresses(request == null ? null : request.addresses()));
        return getAccount(id);
    }

    @GET
    @Path("accounts/{id}")
    public AccountView getAccount(@PathParam("id") String id) {
        id("id", id);
        return identities.account(id).map(a -> new AccountView(a.id(), a.addresses()))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("transaction-requests/{id}")
    public TransactionView putTransactionRequest(@PathParam("id") String id, AddressRequest request) {
        return putTransaction(EwalletTransaction.Kind.REQUEST, id, request);
    }

    @GET
    @Path("transaction-requests/{id}")
    public TransactionView getTransactionRequest(@PathParam("id") String id) {
        id("id", id);
        return identities.transactionRequestAddress(id).map(address -> new TransactionView(id, address))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("transaction-consumptions/{id}")
    public TransactionView putTransactionConsumption(@PathParam("id") String id, AddressRequest request) {
        return putTransaction(EwalletTransaction.Kind.CONSUMPTION, id, request);
    }

    @GET
    @Path("transaction-consumptions/{id}")
    public TransactionView getTransactionConsumption(@PathParam("id") String id) {
        id("id", id);
        return identities.transactionConsumptionAddress(id).map(address -> new TransactionView(id, address))
                .orElseThrow(NotFoundException::new);
    }

    private TransactionView putTransaction(EwalletTransaction.Kind kind, String id, AddressRequest request) {
        id("id", id);
        if (request == null || request.address() == null) {
            throw new InvalidInput("address", "the wallet address it belongs to is required");
        }
        id("address", request.address());
        identities.putTransaction(kind, id, request.address());
        return new TransactionView(id, request.address());
    }

    // --- validation

    private static void id(String field, String value) {
        if (!EwalletDirectoryUpdate.isValidId(value)) {
            throw new InvalidInput(field, "1 to " + ID_LENGTH
                    + " characters, without spaces or control characters");
        }
    }

    /** Keys come before the colon of the Authorization header's pair, so they cannot hold one. */
    private static void key(String field, String value) {
        id(field, value);
        if (value.contains(":")) {
            throw new InvalidInput(field, "a key cannot contain ':'");
        }
    }

    private static List<String> addresses(List<String> addresses) {
        if (addresses == null) {
            return List.of();
        }
        for (String address : addresses) {
            id("addresses", address);
        }
        return List.copyOf(addresses);
    }

    private static Instant expiry(String expiresAt) {
        if (expiresAt == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(expiresAt).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("expiresAt", "an RFC 3339 date-time such as 2030-01-01T00:00:00Z");
        }
    }
}
