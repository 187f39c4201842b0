package io.herald.web.admin;

import io.herald.core.Secrets;
import io.herald.protocol.openbazaar.NodeAccess;
import io.herald.protocol.openbazaar.OpenBazaarNodes;
import io.herald.web.rest.InvalidInput;
import io.herald.web.rest.JsonRequest;
import io.herald.web.rest.MaxLength;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;

/** Admin API for OpenBazaar node identities. Neither cookies nor password and cookie hashes leave the server. */
@Path("/admin/openbazaar/nodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpenBazaarNodesResource {

    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    /** The length of the column holding the allowed IPs, joined with commas. */
    static final int ALLOWED_IPS_LENGTH = 2000;

    @Inject
    OpenBazaarNodes nodes;

    /** The body of a PUT; absent fields mean: enabled, no Basic auth, no cookie, any address. */
    @JsonRequest
    public record NodeRequest(Boolean enabled, @MaxLength(100) String username, @MaxLength(1000) String password,
                              @MaxLength(200) String cookie, @MaxLength(ALLOWED_IPS_LENGTH) List<String> allowedIps) {
        @Override
        public String toString() {
            return "NodeRequest[enabled=" + enabled + ", username=" + username + ", password=" + Secrets.redacted(password)
                    + ", cookie=" + Secrets.redacted(cookie) + ", allowedIps=" + allowedIps + "]";
        }
    }

    /** A node as the API shows it. */
    public record NodeView(String id, boolean enabled, String username, boolean hasPassword, boolean hasCookie,
                           List<String> allowedIps) {
        static NodeView of(NodeAccess node) {
            return new NodeView(node.nodeId(), node.enabled(), node.username(), node.passwordSha256() != null,
                    node.cookieSha256() != null, node.allowedIps().stream().sorted().toList());
        }
    }

    @GET
    public List<NodeView> list() {
        return nodes.all().stream().map(NodeView::of).toList();
    }

    @GET
    @Path("{id}")
    public NodeView get(@PathParam("id") String id) {
        checkId(id);
        return nodes.byId(id).map(NodeView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}")
    public NodeView put(@PathParam("id") String id, NodeRequest request) {
        checkId(id);
        if (request == null) {
            throw new InvalidInput("body", "a JSON object with the node's settings is required");
        }
        boolean hasUsername = request.username() != null && !request.username().isBlank();
        boolean hasPassword = request.password() != null && !request.password().isEmpty();
        if (hasUsername != hasPassword) {
            throw new InvalidInput(hasUsername ? "password" : "username", "username and password go together");
        }
        boolean hasCookie = request.cookie() != null && !request.cookie().isBlank();
        if (!hasUsername && !hasCookie) {
            throw new InvalidInput("cookie", "a node needs a username and password, or a cookie, to be told apart");
        }
        List<String> ips = request.allowedIps() == null ? List.of() : request.allowedIps();
        if (ips.stream().anyMatch(ip -> ip == null || ip.isBlank() || ip.contains(","))) {
            throw new InvalidInput("allowedIps", "each allowed IP is one non-empty address");
        }
        if (String.join(",", ips).length() > ALLOWED_IPS_LENGTH) {
            throw new InvalidInput("allowedIps", "the allowed IPs, joined with commas, are at most "
                    + ALLOWED_IPS_LENGTH + " characters");
        }
        return NodeView.of(nodes.put(new OpenBazaarNodes.NodeSettings(id,
                request.enabled() == null || request.enabled(), request.username(), request.password(),
                request.cookie(), ips)));
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        checkId(id);
        if (!nodes.delete(id)) {
            throw new NotFoundException();
        }
    }

    private static void checkId(String id) {
        if (!NODE_ID.matcher(id).matches()) {
            throw new InvalidInput("id", "a node id is 1 to 100 letters, digits, '.', '_' or '-'");
        }
    }
}
