package io.herald.web.protocol.wazo;

import io.herald.web.inbound.Handshake;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the Wazo endpoint on the TLS listener and hands it what the client presented: its token
 * (the {@code token} query parameter, else the {@code X-Auth-Token} header) and the {@code version}
 * parameter, as a presented {@link Handshake}.
 *
 * <p>Wazo's paths are {@code /} and {@code /api/websocketd/}, which on the plain HTTP port are
 * just the context root; so a WebSocket upgrade to them is answered 404 unless it arrives
 * encrypted on the {@code herald-wss} listener's port. On that listener the upgrade always goes
 * ahead: a missing or bad token is reported after it, as a close code. Other requests pass
 * untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WazoHandshakeFilter extends HttpFilter {

    /** The SDK path without its trailing slash is kept off the plain port too, should the container match it. */
    static final Set<String> PATHS = Set.of(WazoPaths.DOCUMENTED, WazoPaths.SDK, "/api/websocketd");

    @Inject
    @ConfigProperty(name = "herald.wss.port", defaultValue = "9502")
    int wssPort;

    /** WildFly shifts every socket binding by this offset, the herald-wss port included. */
    @Inject
    @ConfigProperty(name = "jboss.socket.binding.port-offset", defaultValue = "0")
    int portOffset;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))
                || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.isSecure() || request.getLocalPort() != wssPort + portOffset) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Handshake.Presented.of(token(request))
                .with(WazoVersion.PARAMETER, request.getParameter(WazoVersion.PARAMETER))
                .forward(request, response, chain);
    }

    private static String token(HttpServletRequest request) {
        String query = request.getParameter("token");
        return query != null ? query : request.getHeader("X-Auth-Token");
    }
}
