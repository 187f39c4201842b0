package io.herald.web.protocol.openbazaar;

import io.herald.protocol.openbazaar.HandshakeCredentials;
import io.herald.protocol.openbazaar.NodeGate;
import io.herald.protocol.openbazaar.NodePrincipal;
import io.herald.protocol.openbazaar.OpenBazaarNodes;
import io.herald.web.inbound.Handshake;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Node authentication for {@code /ws} and the node REST API, before any upgrade: a refused
 * request gets HTTP 403 with the body {@code 403 - Forbidden}; an admitted one continues with the
 * node as its authenticated {@link Handshake}, which the endpoint and the REST API read.
 */
@WebFilter(urlPatterns = {"/ws", "/ob/*"}, asyncSupported = true)
public class OpenBazaarHandshakeFilter extends HttpFilter {

    @Inject
    OpenBazaarNodes nodes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HandshakeCredentials presented = new HandshakeCredentials(request.getRemoteAddr(),
                HandshakeCredentials.parseBasic(request.getHeader("Authorization")),
                cookie(request));
        Optional<NodePrincipal> node = new NodeGate(nodes).admit(presented);
        if (node.isEmpty()) {
            forbid(response);
            return;
        }
        new Handshake.Authenticated(node.get()).forward(request, response, chain);
    }

    static void forbid(HttpServletResponse response) throws IOException {
        byte[] body = "403 - Forbidden".getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> c.getName().equals(HandshakeCredentials.COOKIE_NAME))
                .map(Cookie::getValue)
                .findFirst();
    }
}
