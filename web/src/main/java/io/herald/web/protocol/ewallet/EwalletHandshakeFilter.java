package io.herald.web.protocol.ewallet;

import io.herald.protocol.ewallet.EwalletHandshake;
import io.herald.protocol.ewallet.EwalletHandshake.Accepted;
import io.herald.protocol.ewallet.EwalletHandshake.Refused;
import io.herald.protocol.ewallet.JpaEwalletDirectory;
import io.herald.web.inbound.Handshake;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * eWallet socket authentication, before any upgrade: the {@code Accept} and {@code Authorization}
 * headers go through {@link EwalletHandshake}; a refused request gets HTTP 403 and no upgrade, an
 * admitted one continues with the provider or client user as its authenticated {@link Handshake},
 * which the endpoint reads from its session.
 */
@WebFilter(urlPatterns = "/api/socket", asyncSupported = true)
public class EwalletHandshakeFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(EwalletHandshakeFilter.class.getName());

    @Inject
    JpaEwalletDirectory identities;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        EwalletHandshake.Outcome outcome;
        try {
            outcome = new EwalletHandshake(identities)
                    .authenticate(request.getHeader("Accept"), request.getHeader("Authorization"));
        } catch (RuntimeException e) {
            // The directory could not answer: nobody gets in unchecked.
            LOG.warning(() -> "eWallet handshake could not be checked: " + e);
            refuse(response);
            return;
        }
        switch (outcome) {
            case Refused refused -> {
                LOG.fine(() -> "eWallet upgrade from " + request.getRemoteAddr() + " refused: " + refused.refusal());
                refuse(response);
            }
            case Accepted accepted -> new Handshake.Authenticated(accepted.principal()).forward(request, response, chain);
        }
    }

    private static void refuse(HttpServletResponse response) {
        response.setStatus(EwalletHandshake.REFUSED_STATUS);
        response.setContentLength(0);
    }
}
